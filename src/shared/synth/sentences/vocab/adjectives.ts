/**
 * Adjectives said of people: keyword | English | settings. "I am ___."
 */
export const PERSON_ADJECTIVES = `
happy       | happy,glad     |
sad         | sad            | hk
tired       | tired          |
sick        | sick,ill       | ch
angry       | angry,mad      | h
scared      | scared,afraid  | h
excited     | excited        |
worry       | worried        |
hungry      | hungry         | ch
thirsty     | thirsty        | ch
bored       | bored          | hk
confused    | confused       | k
surprised   | surprised      | h
proud       | proud          | hk
nervous     | nervous        | ck
calm        | calm,relaxed   | h
lonely      | lonely         | h
embarrassed | embarrassed    | hk
busy        | busy           |
ready       | ready          |
free        | free,available | c
late        | late           |
early       | early          | ck
fine        | fine,okay      |
deaf        | deaf           |
hearing     | hearing        |
smart       | smart,clever   | k
funny       | funny          | h
young       | young          | h
old         | old            | h
cold        | cold           | h
hot         | hot            | h
full        | full           | h
safe        | safe           | c
correct     | right,correct  | k
wrong       | wrong          | k
`;

/** Adjectives said of things: keyword | English | noun classes it fits | settings. */
export const THING_ADJECTIVES = `
hot        | hot             | food drink           |
cold       | cold            | food drink           |
warm       | warm            | food drink           | ch
good       | good,great      | food drink watch read |
bad        | bad,terrible    | food drink watch     |
sweet      | sweet           | eatable              | ch
expensive  | expensive       | price                | c
cheap      | cheap           | price                | c
new        | new             | thing vehicle place  |
old        | old             | thing vehicle place  |
big        | big,large       | thing place pet      |
small      | small,little    | thing place pet      |
beautiful  | beautiful       | place                | h
dirty      | dirty           | place furniture      | h
nice       | clean           | place furniture      | h
full       | full            | shop holder          | c
empty      | empty           | shop holder          | c
open       | open            | shop                 | c
close      | closed          | shop                 | c
easy       | easy            | task                 | k
difficult  | difficult,hard  | task                 | k
important  | important       | task info            | ck
funny      | funny           | watch                | h
long       | long            | event                | hk
short      | short           | event                | hk
fast       | fast            | vehicle              | h
slow       | slow            | vehicle breakable    |
broken     | broken          | breakable furniture  |
free       | free            | price                | c
`;

/** Colours: keyword | English. */
export const COLORS = `
red    | red
blue   | blue
green  | green
yellow | yellow
black  | black
white  | white
orange | orange
pink   | pink
purple | purple
brown  | brown
gray   | gray,grey
`;
