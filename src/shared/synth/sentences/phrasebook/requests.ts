/** Requests and commands: PLEASE first, imperative English, with PLEASE placed both ways. */
export const REQUESTS = `
req | * | please wait | Please wait. / Wait, please. / Please hold on.
req | c | please wait here | Please wait here. / Wait here, please.
req | * | please sit | Please sit down. / Sit down, please. / Please have a seat.
req | k | please stand | Please stand up. / Stand up, please.
req | * | please enter | Please come in. / Come in, please.
req | * | please come here | Please come here. / Come here, please.
req | c | please sign_here | Please sign here. / Sign here, please.
req | c | please show me your {show} | Please show me your {show}. / Show me your {show}, please.
req | * | please open {opener} | Please open {opener:the}. / Open {opener:the}, please.
req | * | please close {opener} | Please close {opener:the}. / Close {opener:the}, please.
req | k | please write your name | Please write your name. / Write your name, please.
req | k | please fingerspell your name | Please fingerspell your name. / Please spell your name.
req | * | please sign slow | Please sign slowly. / Sign slowly, please. / Please sign more slowly.
req | * | please talk slow | Please speak slowly. / Speak slowly, please. / Please talk slowly.
req | * | please again | Please repeat that. / Again, please.
req | * | again please | Again, please. / One more time, please.
req | k | please (question) again | Please repeat the question. / Repeat the question, please.
req | k | please quiet | Please be quiet. / Be quiet, please. / Quiet, please.
req | * | please look here | Please look here. / Look here, please.
req | * | please look me | Please look at me. / Look at me, please.
req | * | please help me | Please help me. / Help me, please.
req | * | please call me | Please call me. / Call me, please.
req | * | please tell me | Please tell me. / Tell me, please.
req | * | please explain | Please explain. / Explain, please.
req | k | please explain again | Please explain that again. / Explain that again, please.
req | c | please line | Please wait in line. / Please line up.
req | c | please pay here | Please pay here. / Pay here, please.
req | h | please brush_teeth | Please brush your teeth. / Brush your teeth, please.
req | h | please go bed | Please go to bed. / Go to bed, please.
req | h | please eat your vegetable | Please eat your vegetables. / Eat your vegetables, please.
req | * | please drink water | Please drink some water. / Drink some water, please. / Please drink water.
req | c | please take your medicine | Please take your medicine. / Take your medicine, please.
req | * | hurry | Hurry up. / Hurry.
req | * | please hurry | Please hurry. / Hurry up, please.
req | * | stop | Stop. / Stop it.
req | * | please stop | Please stop. / Stop, please.
req | * | please calm | Please calm down. / Calm down, please. / Please relax.
req | c | please breathe slow | Please breathe slowly. / Breathe slowly, please.
req | k | please guess | Please guess. / Take a guess.
req | * | please choose one | Please choose one. / Pick one, please. / Please pick one.
req | * | please try again | Please try again. / Try again, please.
req | * | drive safe | Drive safely. / Drive safe.
req | h | please stay here | Please stay here. / Stay here, please.
req | ch | enjoy food | Enjoy your meal. / Enjoy your food.
req | c | please give me {show} | Please give me {show:the}. / Give me {show:the}, please.
req | k | please bring your book | Please bring your book. / Bring your book, please.
req | c | please send me information | Please send me the information. / Send me the information, please.
req | k | please ask teacher | Please ask the teacher. / Ask the teacher, please.
req | k | please practice sign | Please practice signing. / Practice your signing, please.
req | k | please finish your homework | Please finish your homework. / Finish your homework, please.
req | k | now please start | Please start now. / Start now, please.
req | * | please remember your {lose} | Please remember your {lose}. / Don't forget your {lose}.
req | * | please go left | Please turn left. / Go left, please.
req | * | please go right | Please turn right. / Go right, please.
req | c | please go up | Please go upstairs. / Go upstairs, please.
req | c | please go down | Please go downstairs. / Go downstairs, please.
req | * | please show me | Please show me. / Show me, please.
req | h | please share | Please share. / Share, please.
req | k | please read {read} | Please read {read:the}. / Read {read:the}, please.
req | h | please wash your {washable} | Please wash your {washable}. / Wash your {washable}, please.
req | * | please {hobby} with me | Please {hobby} with me. / {hobby} with me, please.
`;
