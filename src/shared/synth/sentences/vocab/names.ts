/** First names to fingerspell, by the pronoun English uses for them. */
export const FEMALE_NAMES =
  'Maria Sarah Anna Emma Lisa Julia Kate Amy Lucy Rosa Nina Grace Emily Olivia Sofia Mia Zoe Hannah Ella Ruth Priya Aisha Yuki Fatima Chloe'.split(
    ' ',
  );
export const MALE_NAMES =
  'John David Mark Paul Sam Tom Ben James Carlos Luis Mike Peter Daniel Kevin Omar Ryan Jack Leo Max Ahmed Raj Diego Ethan Noah Liam'.split(
    ' ',
  );

/** Cities and places named by spelling. */
export const CITIES =
  'Boston Chicago Denver Seattle Dallas Miami Paris London Toronto Atlanta Phoenix Austin Portland Houston Mexico Ohio Texas Rome Berlin Tokyo'.split(
    ' ',
  );

/**
 * Everyday words a lexicon of a few hundred signs lacks, so signers spell them: word | class.
 * A word the pack does have a sign for is never spelled (the generator checks).
 */
export const SPELLED_WORDS = `
bank     | place
library  | place
park     | place
office   | place
hotel    | place
museum   | place
gym      | place
pharmacy | place
mall     | place
pizza    | food
pasta    | food
rice     | food
salad    | food
cake     | food
juice    | drink
soda     | drink
email    | info
password | info
menu     | thing
taxi     | vehicle
jacket   | thing
umbrella | thing
`;
