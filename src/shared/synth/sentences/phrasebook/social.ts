/** Greetings, courtesy, identity and short answers (grammar in ../phrases.ts). */
export const SOCIAL = `
st  | * | hello | Hello. / Hi.
st  | * | hello {name} | Hello, {name}. / Hi, {name}.
st  | * | goodbye | Goodbye. / Bye.
st  | * | goodbye {name} | Goodbye, {name}. / Bye, {name}.
st  | * | thank_you | Thank you. / Thanks.
st  | * | thank_you help | Thank you for your help. / Thanks for your help. / Thank you for helping.
st  | c | thank_you wait | Thank you for waiting. / Thanks for waiting.
st  | * | thank_you come | Thank you for coming. / Thanks for coming.
st  | * | sorry | Sorry. / I'm sorry.
st  | * | me sorry | I'm sorry. / I am sorry.
st  | * | sorry me late | Sorry I'm late. / Sorry, I'm late. / I'm sorry I'm late.
st  | * | excuse | Excuse me. / Pardon me.
st  | * | nice meet you | Nice to meet you. / It's nice to meet you. / Nice meeting you.
st  | * | welcome | Welcome. / You're welcome.
st  | h | welcome home | Welcome home.
st  | * | yes | Yes. / Yeah.
st  | * | yes please | Yes, please.
st  | * | no thank_you | No, thank you. / No thanks.
st  | * | ok | Okay. / All right.
st  | * | ok thank_you | Okay, thank you. / Okay, thanks.
st  | * | correct | That's right. / Correct. / That's correct.
st  | * | wrong | That's wrong. / Wrong.
st  | * | maybe | Maybe. / Perhaps.
st  | * | maybe later | Maybe later. / Perhaps later.
st  | * | yes me understand | Yes, I understand. / Yes, I get it.
st  | * | me understand | I understand. / I get it.
st  | * | yes me know | Yes, I know. / I know.
st  | * | me same | Me too. / Same here.
st  | * | me also | Me too. / Me as well.
st  | * | same | Same. / It's the same.
st  | * | different | It's different. / That's different.
st  | * | true | It's true. / That's true. / True.
st  | * | enough | That's enough. / Enough.
st  | * | important | It's important. / This is important.
st  | * | all finish | All done. / Everything is finished.
st  | k | we all finish | We're all finished. / We're all done.
st  | * | me fine | I'm fine. / I am fine. / I'm okay.
st  | * | me fine thank_you | I'm fine, thank you. / I'm fine, thanks. / I am fine, thank you.
st  | h | happy birthday | Happy birthday.
st  | * | me hearing | I'm hearing. / I am hearing.
st  | * | me sign | I sign. / I use sign language.
st  | * | you sign good | You sign well. / Your signing is good.
st  | * | me learn sign | I'm learning sign language. / I'm learning ASL.
st  | * | me need interpreter | I need an interpreter.
st  | c | interpreter come | The interpreter is coming. / The interpreter will come.
req | c | please interpret for me | Please interpret for me. / Interpret for me, please.
st  | h | me want introduce my {kin} | I want to introduce my {kin}. / I'd like to introduce my {kin}. / Let me introduce my {kin}.
st  | * | me think you correct | I think you're right. / I think you are right.
st  | * | me think he {padj} | I think {he}'s {padj}. / I think {he} is {padj}.
st  | * | me guess he {padj} | I guess {he}'s {padj}. / I guess {he} is {padj}.
st  | * | me hope you fine | I hope you're okay. / I hope you are fine. / I hope you're well.
st  | h | me hope he come | I hope {he} comes. / I hope {he} will come.
st  | * | me tired because me work all day | I'm tired because I worked all day. / I'm tired because I was working all day.
st  | * | me happy because you come | I'm happy because you came. / I'm glad you came. / I'm happy you came.
st  | k | me late because bus late | I'm late because the bus was late. / I am late because the bus was late.
st  | * | me go with you | I'll go with you. / I'm going with you. / I will go with you.
st  | * | he come with me | {he}'s coming with me. / {he} is coming with me.
st  | h | me live with my {kin} | I live with my {kin}.
st  | h | me live myself | I live by myself. / I live on my own.
st  | h | me myself make | I made it myself. / I made it by myself.
st  | * | me want more | I want more. / I'd like more.
st  | ch | me want more {drink} | I want more {drink}. / I'd like more {drink}.
st  | ch | me want some {drink} | I want some {drink}. / I'd like some {drink}.
st  | h | me have many {sib} | I have many {sib:pl}. / I have a lot of {sib:pl}.
st  | * | me have many friend | I have many friends. / I have a lot of friends.
st  | k | many student here | Many students are here. / There are many students here.
st  | * | me have enough money | I have enough money. / I've got enough money.
st  | c | me buy {order} for you | I bought {order:a} for you. / I got you {order:a}.
st  | * | me get new {price} | I got a new {price}. / I just got a new {price}.
st  | * | me give you {show} | I'll give you {show:the}. / I will give you {show:the}.
st  | c | me send you {info} | I'll send you {info:the}. / I will send you {info:the}.
st  | * | he tell me | {he} told me. / {he} told me so.
st  | * | me talk with my {kin} | I'm talking with my {kin}. / I'm talking to my {kin}.
st  | * | me like {hobby} | I like to {hobby}. / I like {hobby:ing}.
st  | * | me love {hobby} | I love to {hobby}. / I love {hobby:ing}.
st  | * | me can {hobby} | I can {hobby}. / I know how to {hobby}.
st  | * | me feel {mood} | I feel {mood}. / I'm feeling {mood}.
st  | c | me feel sick | I feel sick. / I'm feeling sick.
st  | * | me hurt | I'm hurt. / It hurts.
st  | * | emergency | This is an emergency. / It's an emergency.
st  | c | me have emergency | I have an emergency.
st  | c | me have headache | I have a headache. / My head hurts.
st  | c | me take medicine | I take medicine. / I'm taking medicine.
st  | * | danger | It's dangerous. / That's dangerous.
st  | c | street danger | The street is dangerous. / The road is dangerous.
st  | * | you safe here | You're safe here. / You are safe here.
st  | * | me try | I'll try. / I will try.
st  | * | you decide | You decide. / You choose.
st  | * | you choose | You choose. / You pick.
st  | h | we win | We won. / We win.
st  | * | my {breakable} break | My {breakable} is broken. / My {breakable} broke.
st  | c | line long | The line is long. / There's a long line.
st  | c | me want order | I'd like to order. / I want to order. / I'm ready to order.
st  | c | me want change my appointment | I want to change my appointment. / I'd like to change my appointment.
st  | c | me need information | I need information. / I need some information.
st  | * | me want ask question | I want to ask a question. / I'd like to ask a question.
st  | k | me ask teacher | I'll ask the teacher. / I will ask the teacher.
st  | * | me always late | I'm always late. / I am always late.
st  | * | he always {mood} | {he}'s always {mood}. / {he} is always {mood}.
st  | h | we sometimes eat {eatable} | We sometimes eat {eatable:bare}. / Sometimes we eat {eatable:bare}.
st  | * | me sometimes {mood} | I'm sometimes {mood}. / Sometimes I'm {mood}.
st  | k | last question | Last question. / This is the last question.
st  | k | last page | This is the last page. / The last page.
st  | * | no problem | No problem. / That's no problem.
st  | c | next please | Next, please. / Next one, please.
`;
