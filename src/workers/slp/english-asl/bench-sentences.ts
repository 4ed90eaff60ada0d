/**
 * Sentences timed by `benchEnglish`: the three use cases (service counter, home call,
 * classroom), short and long, questions, negation, numbers, dates and times, names.
 */
export const BENCH_SENTENCES: readonly string[] = [
  'Where is the bathroom?',
  'The ticket costs $25.',
  'Do you have a receipt?',
  'Please wait here.',
  'How much does the ticket cost?',
  'Can I pay with a card?',
  'Your appointment is at 3:30 pm on Dec 5.',
  "We don't accept cash, but you can pay with a card.",
  'The bus to the airport leaves in twenty-one minutes from platform 3.',
  'I miss you.',
  'Did you eat yet?',
  'My mother is sick.',
  'My sister is coming next Monday with her husband and the children.',
  "I can't hear you, can you say that again?",
  'Please open your book to page 12.',
  'Do you understand the question?',
  'The test is tomorrow.',
  "I don't understand the homework, please explain it again slowly.",
  'Mr. Brown lives in New York and teaches chemistry at the university.',
  'What did you do yesterday after school?',
];
