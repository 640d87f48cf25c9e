import { graphql } from '../../gql';

/** What every step workspace needs about its programme: its name, where it is, and its version for moves. */
export const WORKSPACE_PROGRAMME = graphql(`
  query WorkspaceProgramme($id: ID!) {
    programme(id: $id) {
      id
      name
      status
      cycle
      currentStep
      version
    }
  }
`);
