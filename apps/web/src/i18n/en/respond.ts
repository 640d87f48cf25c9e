export default {
  'respond.pageTitle': 'Survey',
  'respond.loading': 'Loading the survey…',
  'respond.tryAgain': 'Try again',
  'respond.unavailable.title': 'This survey cannot be answered here',
  'respond.unavailable.notFound':
    'This link does not work. It may have been mistyped, or replaced by a newer one. Ask whoever gave it to you for the current link.',
  'respond.unavailable.closed': 'This survey has closed and takes no more answers. Thank you for wanting to take part.',
  'respond.unavailable.used': 'This personal link has already been used to answer, and each one answers once. Thank you for taking part.',
  'respond.unavailable.personalOnly': 'This survey is answered through personal links only. Use the link that was sent to you.',
  'respond.unavailable.tooMany': 'A lot of answers have come from this connection in a short time. Please wait a while and try again.',
  'respond.unavailable.network': 'The survey could not be reached. Check your internet connection and try again.',
  'respond.unavailable.unexpected': 'Something went wrong on our side. Please try again in a moment.',
  'respond.why.heading': 'Why we are asking',
  'respond.why.default': 'To understand how often people here take part in looking after their area.',
  'respond.privacy.heading': 'Your answers',
  'respond.privacy.anonymous':
    'You are not asked for your name or any contact details, and your answers are stored without them. Only totals are reported.',
  'respond.basis.PUBLIC_TASK': 'We ask as part of our public work (the lawful basis is “public task”).',
  'respond.basis.CONSENT': 'Answering is up to you (the lawful basis is your consent): you can stop at any point before you send.',
  'respond.basis.LEGITIMATE_INTERESTS':
    'We ask because it helps us plan our services, and we have weighed that against your interests (the lawful basis is “legitimate interests”).',
  'respond.form.intro': {
    one: 'There is 1 question. Each asks how often you do something: never, sometimes or often. Skip any you would rather not answer.',
    other:
      'There are {count} questions. Each asks how often you do something: never, sometimes or often. Skip any you would rather not answer.',
  },
  'respond.form.questionNumber': '{area}, question {number}:',
  'respond.scale.NEVER': 'Never',
  'respond.scale.SOMETIMES': 'Sometimes',
  'respond.scale.OFTEN': 'Often',
  'respond.form.aboutYou': 'About you and where you live',
  'respond.form.clear': 'Clear my answer',
  'respond.form.progress': '{count} of {total} answered',
  'respond.form.submit': 'Send my answers',
  'respond.form.none': 'Choose an answer to at least one question before sending.',
  'respond.form.refused': 'Some answers could not be taken. Choose again for the questions marked below, then send.',
  'respond.form.badAnswer': 'Choose never, sometimes or often for this question.',
  'respond.sent.title': 'Thank you',
  'respond.sent.received': {
    one: 'Your answer to 1 question of “{title}” has been received.',
    other: 'Your answers to {count} questions of “{title}” have been received.',
  },
  'respond.sent.nextHeading': 'What happens next',
  'respond.sent.next1':
    'Your answers are added to everyone else’s to give a score for each topic. Nobody can tell which answers were yours.',
  'respond.sent.next2':
    'The people running the survey use the scores to see where residents already take part and where more support could help.',
  'respond.sent.next3': 'There is nothing more to do: your answers cannot be changed once sent.',
  'respond.sent.close': 'You can close this page now.',
} as const;
