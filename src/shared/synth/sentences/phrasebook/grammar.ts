/** Negation, topics, conditionals, time frames, places, colours and fingerspelled names/words. */
export const GRAMMAR = `
neg  | * | me <don't_know> | I don't know. / I do not know.
neg  | * | me <don't_know> answer | I don't know the answer. / I do not know the answer.
neg  | * | me <understand not> | I don't understand. / I do not understand.
neg  | * | me <understand> | I don't understand. / I do not understand.
neg  | * | me <have money none> | I have no money. / I don't have any money.
neg  | * | me <have time none> | I have no time. / I don't have time.
neg  | * | <not me> | Not me. / It's not me.
neg  | c | we <take money not> | We don't take cash. / We do not accept cash.
neg  | c | {shop} <open not> | {shop:the} isn't open. / {shop:the} is not open.
neg  | * | <forget your {lose} not> | Don't forget your {lose}. / Do not forget your {lose}.
neg  | * | <worry not> | Don't worry. / Do not worry.
neg  | * | <worry not> me fine | Don't worry, I'm fine. / Don't worry, I'm okay.
neg  | * | me <feel good not> | I don't feel good. / I'm not feeling well. / I don't feel well.
neg  | h | me <want go not> | I don't want to go. / I do not want to go.
neg  | * | me <hear you can't> | I can't hear you. / I cannot hear you.
neg  | * | me <see you can't> | I can't see you. / I cannot see you.
neg  | c | me <breathe can't> | I can't breathe. / I cannot breathe.
neg  | * | me <decide can't> | I can't decide. / I cannot decide.
neg  | * | me <find my {lose} can't> | I can't find my {lose}. / I cannot find my {lose}.
neg  | * | me <believe can't> | I can't believe it. / I cannot believe it.
neg  | * | me <{hobby} can't> | I can't {hobby}. / I cannot {hobby}.
neg  | * | <no> problem | No problem. / That's no problem.
neg  | * | <no> thank_you | No, thank you. / No thanks.
neg  | * | <no> | No. / Nope.
neg  | * | <late> | Not yet. / No, not yet.
neg  | * | me eat <late> | I haven't eaten yet. / I didn't eat yet.
neg  | k | (homework) me <finish late> | I haven't finished the homework yet. / I'm not done with the homework yet.
neg  | * | <nothing> | Nothing. / None.
top  | k | (homework) me finish | I finished the homework. / I've finished the homework. / The homework, I finished it.
top  | * | (book) me read finish | I already read the book. / I've read the book. / I finished reading the book.
top  | h | (movie) me see finish | I already saw the movie. / I've seen the movie.
top  | h | ({pet}) me scared | I'm scared of {pet:bare}. / I'm afraid of {pet:bare}.
top  | k | (question) me <understand not> | I don't understand the question. / I do not understand the question.
top  | h | (my {sib}) he live {city} | My {sib} lives in {city}. / My {sib}, {sib:he} lives in {city}.
top  | k | (test) difficult | The test is difficult. / The test, it's hard.
cond | * | (you hungry) we eat | If you're hungry, we can eat. / We can eat if you're hungry. / If you are hungry, we can eat.
cond | * | (tomorrow rain) we stay home | If it rains tomorrow, we'll stay home. / We'll stay home if it rains tomorrow. / If it rains tomorrow, we will stay home.
cond | h | (tomorrow snow) we stay home | If it snows tomorrow, we'll stay home. / We'll stay home if it snows tomorrow.
cond | * | (you sick) stay home | If you're sick, stay home. / Stay home if you're sick. / If you are sick, stay home.
cond | * | (you need help) please tell me | If you need help, please tell me. / Please tell me if you need help. / If you need help, let me know.
cond | k | (you have question) please ask | If you have a question, please ask. / Please ask if you have any questions. / If you have any questions, please ask.
cond | * | (you tired) go sleep | If you're tired, go to sleep. / Go to sleep if you're tired.
cond | h | (you cold) me close window | If you're cold, I'll close the window. / I'll close the window if you're cold.
cond | c | (you late) we wait | If you're late, we'll wait. / We'll wait if you're late.
cond | * | (you finish) you can go | If you're finished, you can go. / If you're done, you can go. / You can go if you're finished.
cond | c | (you want {order}) please tell me | If you want {order:a}, please tell me. / Please tell me if you want {order:a}.
cond | * | (you <understand not>) please ask me | If you don't understand, please ask me. / Please ask me if you don't understand.
cond | * | (you thirsty) drink water | If you're thirsty, drink some water. / Drink some water if you're thirsty.
cond | c | (you sick) you need see doctor | If you're sick, you need to see a doctor. / If you're sick, you should see a doctor.
cond | c | (emergency) call police | If there's an emergency, call the police. / In an emergency, call the police.
cond | * | (you want) we go | If you want, we can go. / We can go if you want.
cond | * | (you busy) me call later | If you're busy, I'll call later. / I'll call later if you're busy.
cond | k | (you finish test) you can leave | If you finish the test, you can leave. / You can leave when you finish the test.
cond | h | (tomorrow hot) we go swim | If it's hot tomorrow, we'll go swimming. / We'll go swimming if it's hot tomorrow.
cond | h | (he call) please tell me | If {he} calls, please tell me. / Please tell me if {he} calls.
cond | * | (you {mood}) please tell me | If you're {mood}, please tell me. / Please tell me if you're {mood}.
time | * | tomorrow see you | See you tomorrow. / I'll see you tomorrow.
time | * | later see you | See you later. / I'll see you later.
time | * | maybe tomorrow | Maybe tomorrow. / Perhaps tomorrow.
time | c | soon interpreter come | The interpreter is coming soon. / The interpreter will be here soon.
time | * | future me want travel | In the future, I want to travel. / Someday I want to travel. / I want to travel in the future.
time | k | future me want learn sign | In the future, I want to learn sign language. / Someday I want to learn ASL.
time | k | after class we eat lunch | After class, we eat lunch. / We eat lunch after class.
time | h | after {meal} we look tv | After {meal}, we watch TV. / We watch TV after {meal}.
time | * | later me tell you | I'll tell you later. / I will tell you later. / Later I'll tell you.
time | * | later we talk | We'll talk later. / Let's talk later. / We can talk later.
time | * | today rain | It's raining today. / Today it's raining. / It is raining today.
time | * | tomorrow rain | It will rain tomorrow. / It's going to rain tomorrow. / Tomorrow it will rain.
time | * | yesterday rain | It rained yesterday. / Yesterday it rained.
time | h | now snow | It's snowing now. / It is snowing now.
time | h | tomorrow snow | It will snow tomorrow. / It's going to snow tomorrow.
time | * | today cold | It's cold today. / Today it's cold. / It is cold today.
time | * | today hot | It's hot today. / Today it's hot. / It is hot today.
time | h | today beautiful | It's beautiful today. / Today is beautiful.
time | * | yesterday {name} call me | {name} called me yesterday. / Yesterday {name} called me.
st   | * | rain | It's raining. / It is raining.
st   | * | {place} there | {place:the} is over there. / {place:the} is there.
st   | * | {place} here | {place:the} is here. / Here is {place:the}.
st   | * | {place} near | {place:the} is near. / {place:the} is nearby. / {place:the} is close by.
st   | * | {place} far | {place:the} is far. / {place:the} is far away.
st   | * | {place} left | {place:the} is on the left. / {place:the} is to the left.
st   | * | {place} right | {place:the} is on the right. / {place:the} is to the right.
st   | c | {room} up | {room:the} is upstairs.
st   | c | {room} down | {room:the} is downstairs.
st   | h | my {kin} home | My {kin} {kin:is} at home. / My {kin} {kin:is} home.
st   | h | our house near | Our house is near. / Our house is nearby.
st   | h | me live near | I live nearby. / I live near here.
st   | h | me live far | I live far away. / I live far from here.
st   | h | he live near | {he} lives nearby. / {he} lives close by.
st   | k | our teacher {padj} | Our teacher is {padj}.
st   | h | their {sib} {padj} | Their {sib} is {padj}. / Their {sib}'s {padj}.
st   | * | his {lose} there | {his} {lose} {lose:is} there. / {his} {lose} {lose:is} over there.
st   | * | your {lose} here | Your {lose} {lose:is} here. / Here {lose:is} your {lose}.
st   | * | my {price} {color} | My {price} is {color}.
st   | * | me like {color} | I like {color}. / I like the color {color}.
fs   | * | my name {name} | My name is {name}. / My name's {name}. / I'm {name}.
fs   | * | hello my name {name} | Hello, my name is {name}. / Hi, my name is {name}. / Hi, I'm {name}.
fs   | * | my name {name} nice meet you | My name is {name}, nice to meet you. / I'm {name}, nice to meet you.
fs   | * | ?yn your name {name} | Is your name {name}? / Are you {name}?
fs   | * | his name {name} | {name:his} name is {name}. / {name:his} name's {name}.
fs   | h | my {kinf} name {fname} | My {kinf}'s name is {fname}. / My {kinf} is called {fname}.
fs   | h | my {kinm} name {mname} | My {kinm}'s name is {mname}. / My {kinm} is called {mname}.
fs   | h | {fname} my {kinf} | {fname} is my {kinf}. / {fname}'s my {kinf}.
fs   | h | {mname} my {kinm} | {mname} is my {kinm}. / {mname}'s my {kinm}.
fs   | * | {name} deaf | {name} is deaf. / {name}'s deaf.
fs   | * | {name} {padj} | {name} is {padj}. / {name}'s {padj}.
fs   | * | {name} call | {name} called. / {name} is calling.
fs   | * | me live {city} | I live in {city}. / I'm living in {city}.
fs   | * | ?yn you live {city} | Do you live in {city}?
fs   | * | {name} live {city} | {name} lives in {city}.
fs   | * | tomorrow me go {city} | I'm going to {city} tomorrow. / Tomorrow I'm going to {city}. / I'll go to {city} tomorrow.
fs   | h | next week {name} visit me | {name} is visiting me next week. / Next week {name} is visiting me.
fs   | * | ?wh {fsplace} where | Where is the {fsplace}? / Where's the {fsplace}?
fs   | * | {fsplace} near | The {fsplace} is near. / The {fsplace} is nearby. / The {fsplace} is close by.
fs   | * | me go {fsplace} | I'm going to the {fsplace}. / I am going to the {fsplace}.
fs   | * | me work {fsplace} | I work at {fsplace:a}. / I work at the {fsplace}.
fs   | ch | me want {fsfood} | I want {fsfood}. / I'd like some {fsfood}.
fs   | ch | me like {fsfood} | I like {fsfood}. / I love {fsfood}.
fs   | c | ?yn you have {fsfood} | Do you have {fsfood}?
fs   | ch | me want {fsdrink} | I want {fsdrink}. / I'd like some {fsdrink}.
fs   | c | ?wh your {fsinfo} what | What is your {fsinfo}? / What's your {fsinfo}?
fs   | * | me forget my {fsinfo} | I forgot my {fsinfo}.
fs   | c | me need {fsvehicle} | I need {fsvehicle:a}.
fs   | c | ?yn you need {fsvehicle} | Do you need {fsvehicle:a}?
fs   | * | ?wh my {fsthing} where | Where is my {fsthing}? / Where's my {fsthing}?
fs   | * | me lose my {fsthing} | I lost my {fsthing}. / I've lost my {fsthing}.
fs   | k | ?wh {fsplace} mean what | What does {fsplace} mean? / What does the word {fsplace} mean?
`;
