/**
 * Verbs with objects: keyword | English (base or base/past/participle) | objects (noun class :
 * English form, where form is a (a/some X), the, my, bare (generic: "dogs", "coffee"), person) |
 * s (stative: no progressive) | settings.
 */
export const TRANSITIVE = `
like       | like                   | food:bare drink:bare pet:bare watch:bare listen:bare subject:bare person | s |
love       | love                   | food:bare drink:bare pet:bare watch:bare listen:bare person        | s | h
want       | want                   | food:a drink:a buy:a                                   | s |
need       | need                   | thing:a drink:a buy:a                                  | s |
have       | have/had/had           | thing:a pet:a event:a task:a                           | s |
eat        | eat/ate/eaten          | eatable:a meal:the                                     |   | ch
drink      | drink/drank/drunk      | drink:bare                                             |   | ch
cook       | cook                   | meal:the cookable:bare                                 |   | h
make       | make/made/made         | meal:the makeable:a                                    |   | h
buy        | buy/bought/bought      | buy:a                                                  |   | ch
sell       | sell/sold/sold         | buy:bare                                               |   | c
find       | find/found/found       | lose:my                                                |   |
lose       | lose/lost/lost         | lose:my                                                |   |
forget     | forget/forgot/forgotten | lose:my finishable:my                                       |   |
bring      | bring/brought/brought  | thing:my eatable:a                                     |   |
use        | use                    | use:the                                                |   |
read       | read/read/read         | read:the                                               |   | hk
write      | write/wrote/written    | info:my                                                |   | ck
look       | watch                  | watch:bare                                              |   | h
hear       | listen to/listened to/listened to | listen:bare                                 |   | h
play       | play                   | playable:bare                                          |   | h
see        | see/saw/seen           | person                                                 | s |
visit      | visit                  | person                                                 |   | h
call       | call                   | person                                                 |   |
meet       | meet/met/met           | person                                                 |   |
help       | help                   | person                                                 |   |
miss       | miss                   | person                                                 | s | h
teach      | teach/taught/taught    | subject:bare                                           |   | k
learn      | learn                  | subject:bare                                           |   | hk
study      | study                  | subject:bare                                           |   | k
practice   | practice               | subject:bare                                           |   | k
understand | understand/understood/understood | task:the info:the person                     | s |
know       | know/knew/known        | info:the person                                        | s |
remember   | remember               | info:my person                                         | s |
explain    | explain                | task:the                                               |   | k
answer     | answer                 | askable:the                                               |   | k
finish     | finish                 | finishable:my meal:my                                        |   |
open       | open                   | opener:the                                             |   |
close      | close                  | opener:the                                             |   |
wash       | wash                   | washable:my                                            |   | h
change     | change                 | wear:my                                                |   | h
order      | order                  | order:a                                                |   | c
win        | win/won/won            | playable:the                                           |   | h
drive      | drive/drove/driven     | drivable:my                                             |   | h
try        | try                    | eatable:the                                            |   | ch
enjoy      | enjoy                  | enjoyable:the                                              |   | h
break      | break/broke/broken     | breakable:my                                           |   | h
borrow     | borrow                 | borrowable:a                                                |   |
share      | share                  | eatable:my                                             |   | h
wait       | wait for               | person transit:the                                     |   |
believe    | believe                | person                                                 | s |
take       | take/took/taken        | transit:the                                            |   | c
send       | send/sent/sent         | info:the                                               |   | c
`;

/** Verbs without objects: keyword | English | settings. */
export const INTRANSITIVE = `
sleep    | sleep/slept/slept        | h
wake up  | wake up/woke up/woken up | h
work     | work                     |
cry      | cry                      | h
laugh    | laugh                    | hk
smile    | smile                    | hk
dance    | dance                    | h
swim     | swim/swam/swum           | h
run      | run/ran/run              | h
walk     | walk                     | h
sit      | sit down/sat down/sat down | k
stand    | stand up/stood up/stood up | k
wait     | wait                     | c
hurry    | hurry                    |
travel   | travel                   | h
move     | move                     | h
stay     | stay                     | h
leave    | leave/left/left          |
arrive   | arrive                   | c
come     | come/came/come           |
shower   | take a shower/took a shower/taken a shower | h
bath     | take a bath/took a bath/taken a bath | h
study    | study                    | k
read     | read/read/read           | hk
write    | write/wrote/written      | k
cook     | cook                     | h
draw     | draw/drew/drawn          | hk
practice | practice                 | k
sign     | sign                     | k
play     | play                     | h
breathe  | breathe                  | c
fingerspell | fingerspell           | k
guess    | guess                    | k
decide   | decide                   |
marry    | get married/got married/gotten married | h
`;

/** Motion verbs that take a destination: keyword | English. */
export const MOTION = `
go    | go/went/gone
walk  | walk
drive | drive/drove/driven
run   | run/ran/run
`;
