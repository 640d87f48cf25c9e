import { graphql } from '../../gql';

/** The organisation's surveys (they belong to the organisation, not to one programme), newest first. */
export const SURVEYS = graphql(`
  query Surveys {
    surveys(first: 100) {
      totalCount
      edges {
        node {
          id
          title
          areas
          samplingMethod
          acceptingResponses
          createdAt
          results {
            sampleSize
            overall
          }
        }
      }
    }
  }
`);

export const SURVEY_RESULTS_FIELDS = graphql(`
  fragment SurveyResultsFields on SurveyResults {
    sampleSize
    overall
    note
    caveats
    sampling {
      method
      label
      caveat
    }
    byArea {
      area
      label
      index
      respondents
      note
      referenceIndex
    }
    responsesByChannel {
      channel
      count
    }
    answersFromRepeatedClients
    mostAnswersFromOneClient
    questionResults {
      key
      area
      text
      effort
      answered
      often
      oftenShare
    }
    effortPattern {
      effort
      label
      questions
      answers
      oftenShare
      reference
    }
    drivers {
      selfEfficacy {
        answered
        oftenShare
        meanScore
      }
      associations {
        driver
        area
        coefficient
        n
        direction
        statement
      }
      caveats
    }
    reference {
      citation
      year
      method
      respondentsPerCountry
      byCountry {
        code
        name
        index
        rank
      }
    }
  }
`);

/** Self-efficacy over the organisation's surveys that asked it, oldest first (Parrado et al. 2013: tracked as an outcome, never as a cause). */
export const SELF_EFFICACY_TREND = graphql(`
  query SurveySelfEfficacyTrend {
    surveySelfEfficacyTrend {
      points {
        survey {
          id
          title
          createdAt
        }
        answered
        oftenShare
        meanScore
      }
      notes
    }
  }
`);

/** One survey: what residents are told, its questions, the link's state and its results. */
export const SURVEY = graphql(`
  query Survey($id: ID!) {
    survey(id: $id) {
      id
      title
      purpose
      lawfulBasis
      areas
      samplingMethod
      acceptingResponses
      closedAt
      hasResponseLink
      respondentTokensRequired
      version
      createdAt
      questions {
        key
        area
        text
      }
      driverQuestions {
        key
      }
      results {
        ...SurveyResultsFields
      }
    }
  }
`);

export const CREATE_SURVEY = graphql(`
  mutation CreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) {
      responseUrl
      survey {
        id
        title
      }
    }
  }
`);

export const ROTATE_SURVEY_LINK = graphql(`
  mutation RotateSurveyLink($input: RotateSurveyLinkInput!) {
    rotateSurveyLink(input: $input) {
      responseUrl
      survey {
        id
        version
        hasResponseLink
      }
    }
  }
`);

export const RECORD_SURVEY_RESPONSE = graphql(`
  mutation RecordSurveyResponse($input: RecordSurveyResponseInput!) {
    recordSurveyResponse(input: $input) {
      id
      surveyId
    }
  }
`);

export const CLOSE_SURVEY = graphql(`
  mutation CloseSurvey($input: CloseSurveyInput!) {
    closeSurvey(input: $input) {
      id
      version
      closedAt
      acceptingResponses
    }
  }
`);
