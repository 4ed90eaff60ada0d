/**
 * Nouns: keyword | singular wordings | plural wordings ('-' uncountable, '~' bare like "lunch",
 * '=' plural only like "shoes") | classes (what verbs and adjectives they go with) | settings.
 */
export const NOUNS = `
food        | food                | -                   | food                      | ch
bread       | bread               | -                   | food buy eatable          | ch
meat        | meat                | -                   | food cookable             | ch
chicken     | chicken             | -                   | food cookable order       | ch
fish        | fish                | -                   | food cookable order       | ch
egg         | egg                 | eggs                | food buy eatable cookable | h
apple       | apple               | apples              | food buy eatable          | chk
fruit       | fruit               | -                   | food buy eatable          | chk
vegetable   | vegetable           | vegetables,veggies  | food eatable cookable     | h
sandwich    | sandwich            | sandwiches          | food buy eatable order makeable | chk
cookie      | cookie              | cookies             | food buy eatable makeable | chk
candy       | candy               | -                   | food buy eatable          | hk
sweet       | dessert             | -                   | food order eatable        | ch
soup        | soup                | -                   | food order eatable makeable cookable | ch
ice cream   | ice cream           | -                   | food buy eatable order    | ch
breakfast   | breakfast           | ~                   | meal                      | ch
lunch       | lunch               | ~                   | meal                      | chk
dinner      | dinner              | ~                   | meal                      | ch
water       | water               | -                   | drink                     | chk
coffee      | coffee              | -                   | drink buy order           | chk
tea         | tea                 | -                   | drink order               | ch
milk        | milk                | -                   | drink buy                 | h
beer        | beer                | -                   | drink order               | ch
wine        | wine                | -                   | drink order               | ch
ticket      | ticket              | tickets             | thing buy lose show price | c
card        | card                | cards               | thing lose show use       | c
receipt     | receipt             | receipts            | thing lose show           | c
money       | money,cash          | -                   | thing lose borrowable | ch
bag         | bag                 | bags                | thing buy lose price holder | ch
phone       | phone               | phones              | thing buy lose use price breakable borrowable | chk
key         | key                 | keys                | thing lose                | ch
book        | book                | books               | thing buy lose read price opener borrowable finishable | chk
paper       | form                | forms               | thing read                | c
paper       | paper               | -                   | thing read                | k
computer    | computer,laptop     | computers,laptops   | thing buy use price breakable borrowable | hk
toothbrush  | toothbrush          | toothbrushes        | thing buy                 | h
shoes       | shoes               | =                   | thing buy wear            | ch
clothes     | clothes             | =                   | thing buy wear washable   | ch
medicine    | medicine            | -                   | thing buy                 | ch
car         | car                 | cars                | thing vehicle buy price breakable washable borrowable drivable | ch
bicycle     | bike,bicycle        | bikes,bicycles      | thing vehicle buy price borrowable | h
bus         | bus                 | buses               | vehicle transit           | ck
train       | train               | trains              | vehicle transit           | c
airplane    | plane               | planes              | vehicle transit           | c
boat        | boat                | boats               | vehicle transit           | h
store       | store,shop          | stores,shops        | place shop                | ch
restaurant  | restaurant          | restaurants         | place shop                | ch
hospital    | hospital            | hospitals           | place                     | c
school      | school              | schools             | place                     | hk
church      | church              | churches            | place                     | h
house       | house               | houses              | place                     | h
bathroom    | bathroom,restroom   | bathrooms           | place room                | chk
kitchen     | kitchen             | kitchens            | place room                | h
table       | table               | tables              | furniture                 | hk
chair       | chair               | chairs              | furniture                 | hk
door        | door                | doors               | furniture opener          | chk
window      | window              | windows             | furniture opener          | hk
bed         | bed                 | beds                | furniture                 | h
tv          | TV                  | -                   | watch breakable     | h
dog         | dog                 | dogs                | pet                       | h
cat         | cat                 | cats                | pet                       | h
party       | party               | parties             | event enjoyable | h
birthday+party | birthday party     | birthday parties    | event enjoyable | h
class       | class               | classes             | event task                | k
test        | test,exam           | tests,exams         | event task finishable | k
appointment | appointment         | appointments        | event                     | c
game        | game                | games               | event watch playable enjoyable | hk
movie       | movie,film          | movies,films        | watch enjoyable | h
holiday     | holiday,vacation    | holidays,vacations  | event enjoyable | h
homework    | homework            | -                   | task finishable | k
question    | question            | questions           | task info askable | k
problem     | problem             | problems            | task                      | c
address     | address             | addresses           | info                      | c
number      | phone number        | phone numbers       | info                      | c
name        | name                | names               | info                      | ck
information | information,info    | -                   | info                      | c
answer      | answer              | answers             | info                      | k
word        | word                | words               | read                 | k
page        | page                | pages               | read                      | k
music       | music               | -                   | listen                    | h
english     | English             | ~                   | subject                   | k
sign        | sign language,ASL   | ~                   | subject                   | hk
`;

/** Where one goes: keyword | English with its preposition | settings. */
export const DESTINATIONS = `
store      | to the store,to the shop   | ch
restaurant | to a restaurant            | ch
hospital   | to the hospital            | c
school     | to school                  | hk
church     | to church                  | h
home       | home                       | chk
bed        | to bed                     | h
class      | to class                   | k
work       | to work                    | ch
bathroom   | to the bathroom,to the restroom | chk
doctor     | to the doctor              | ch
dentist    | to the dentist             | ch
party      | to the party               | h
movie      | to the movies              | h
`;

/**
 * People: keyword | singular | plural | gender (m, f, n) | how they are named (kin: "my sister";
 * role: "the nurse"; both) | settings.
 */
export const PEOPLE = `
mother      | mother,mom           | -                 | f | kin  | h
father      | father,dad           | -                 | m | kin  | h
parents     | parents              | =                 | n | kin  | h
sister      | sister               | sisters           | f | kin  | h
brother     | brother              | brothers          | m | kin  | h
child       | kid,child            | kids,children     | n | kin  | hk
baby        | baby                 | babies            | n | kin  | h
friend      | friend               | friends           | n | kin  | chk
man         | man                  | men               | m | role | c
woman       | woman,lady           | women             | f | role | c
boy         | boy                  | boys              | m | role | hk
girl        | girl                 | girls             | f | role | hk
husband     | husband              | -                 | m | kin  | h
wife        | wife                 | -                 | f | kin  | h
son         | son                  | sons              | m | kin  | h
daughter    | daughter             | daughters         | f | kin  | h
grandmother | grandmother,grandma  | -                 | f | kin  | h
grandfather | grandfather,grandpa  | -                 | m | kin  | h
aunt        | aunt                 | -                 | f | kin  | h
uncle       | uncle                | -                 | m | kin  | h
cousin      | cousin               | cousins           | n | kin  | h
family      | family               | -                 | n | kin  | h
teacher     | teacher              | teachers          | n | both | k
student     | student              | students          | n | role | k
nurse       | nurse                | nurses            | n | role | c
police      | police officer,officer | police officers | n | role | c
boss        | boss,manager         | -                 | n | both | c
doctor      | doctor               | doctors           | n | both | ch
dentist     | dentist              | -                 | n | role | c
interpreter | interpreter          | interpreters      | n | role | ck
person      | person               | people            | n | role | c
`;
