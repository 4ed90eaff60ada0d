/** Wh-questions (sign last, furrowed brows over all) and yes/no questions (raised brows). */
export const QUESTIONS = `
wh | * | how_are_you | How are you? / How's it going? / How are you doing?
wh | * | hello how_are_you | Hello, how are you? / Hi, how are you? / Hi, how's it going?
wh | * | your name what | What is your name? / What's your name?
wh | c | your address what | What is your address? / What's your address?
wh | c | your number what | What is your phone number? / What's your number? / What's your phone number?
wh | * | you want what | What do you want? / What would you like?
wh | ch | you want eat what | What do you want to eat? / What would you like to eat?
wh | ch | you want drink what | What do you want to drink? / What would you like to drink?
wh | * | you need what | What do you need?
wh | k | word mean what | What does the word mean? / What does this word mean?
wh | * | you say what | What did you say?
wh | * | he say what | What did {he} say?
wh | * | yesterday you eat what | What did you eat yesterday? / Yesterday, what did you eat?
wh | * | color what | What color is it? / What color?
wh | * | your {price} color what | What color is your {price}?
wh | * | today day what | What day is it today? / What day is today?
wh | * | {place} where | Where is {place:the}? / Where's {place:the}?
wh | * | my {lose} where | Where {lose:is} my {lose}?
wh | * | your {lose} where | Where {lose:is} your {lose}?
wh | h | your {kin} where | Where {kin:is} your {kin}?
wh | * | you live where | Where do you live?
wh | * | you work where | Where do you work?
wh | * | you go where | Where are you going? / Where are you headed?
wh | * | yesterday you go where | Where did you go yesterday? / Yesterday, where did you go?
wh | c | hurt where | Where does it hurt? / Where is the pain?
wh | h | their house where | Where is their house? / Where's their house?
wh | * | your teacher who | Who is your teacher? / Who's your teacher?
wh | * | he who | Who is {he}? / Who's {he}?
wh | * | call who | Who called? / Who was calling?
wh | * | come who | Who is coming? / Who's coming?
wh | * | you call who | Who are you calling? / Who did you call?
wh | k | next who | Who is next? / Who's next?
wh | k | last who | Who is last? / Who's last?
wh | k | know answer who | Who knows the answer?
wh | * | your birthday when | When is your birthday? / When's your birthday?
wh | k | class start when | When does class start? / When does the class start?
wh | c | {shop} open when | When does {shop:the} open?
wh | c | {shop} close when | When does {shop:the} close?
wh | k | test when | When is the test? / When's the test?
wh | h | party when | When is the party? / When's the party?
wh | c | {transit} leave when | When does {transit:the} leave?
wh | c | {transit} arrive when | When does {transit:the} arrive? / When does {transit:the} get here?
wh | * | you leave when | When are you leaving? / When do you leave?
wh | h | you come home when | When are you coming home? / When will you come home?
wh | c | my appointment when | When is my appointment? / When's my appointment?
wh | * | you {mood} why | Why are you {mood}?
wh | * | you late why | Why are you late?
wh | h | you cry why | Why are you crying?
wh | * | you laugh why | Why are you laughing?
wh | * | you leave why | Why are you leaving?
wh | c | {shop} close why | Why is {shop:the} closed?
wh | * | you feel how | How do you feel? / How are you feeling?
wh | h | your {kin} how | How {kin:is} your {kin}?
wh | k | your name fingerspell how | How do you spell your name? / How do you fingerspell your name?
wh | * | you go school how | How do you get to school? / How do you go to school?
wh | * | you old how | How old are you?
wh | h | your {sib} old how | How old is your {sib}?
wh | * | you want color which | Which color do you want? / What color do you want?
wh | c | you want {price} which | Which {price} do you want?
wh | k | page which | Which page? / What page?
wh | k | we page which | What page are we on? / Which page are we on?
wh | * | you live street which | What street do you live on? / Which street do you live on?
wh | * | you have {sib} how_many | How many {sib:pl} do you have?
wh | h | you have child how_many | How many children do you have? / How many kids do you have?
wh | c | you want ticket how_many | How many tickets do you want? / How many tickets would you like?
wh | k | class student how_many | How many students are in the class? / How many students does the class have?
wh | c | {price} cost how_much | How much does {price:the} cost? / How much is {price:the}?
wh | c | {order} cost how_much | How much is {order:the}? / How much does {order:the} cost?
wh | * | you need money for | What do you need the money for? / What is the money for?
wh | * | his name what | What is {his} name? / What's {his} name?
wh | h | your {kin} name what | What is your {kin}'s name? / What's your {kin}'s name?
yn | c | you want receipt | Do you want a receipt? / Would you like a receipt?
yn | c | you need bag | Do you need a bag? / Would you like a bag?
yn | c | you want {order} | Would you like {order:a}? / Do you want {order:a}?
yn | * | you can help me | Can you help me? / Could you help me?
yn | * | me can help you | Can I help you? / May I help you?
yn | c | me can pay with card | Can I pay with a card? / Can I pay by card?
yn | c | you ready order | Are you ready to order?
yn | * | you understand | Do you understand? / Did you understand?
yn | * | you understand me | Do you understand me? / Can you understand me?
yn | * | you hear me | Can you hear me? / Do you hear me?
yn | * | you see me | Can you see me? / Do you see me?
yn | k | you have question | Do you have a question? / Do you have any questions? / Any questions?
yn | c | problem | Is there a problem? / Is something wrong?
yn | c | you have appointment | Do you have an appointment?
yn | * | you finish | Are you finished? / Are you done?
yn | * | you eat finish | Did you eat yet? / Have you eaten? / Did you already eat?
yn | * | true | Really? / Is that true?
yn | * | you true | Are you sure?
yn | * | you ok | Are you okay? / Are you all right?
yn | * | you remember me | Do you remember me?
yn | * | you want more | Do you want more? / Would you like more?
yn | ch | you want more {drink} | Do you want more {drink}? / Would you like more {drink}?
yn | * | you have enough money | Do you have enough money?
yn | * | enough | Is that enough? / Enough?
yn | * | same | Is it the same? / The same?
yn | k | me can ask question | Can I ask a question? / May I ask a question?
yn | * | me can sit | Can I sit down? / May I sit down?
yn | c | me can use bathroom | Can I use the bathroom? / May I use the restroom? / Can I use the restroom?
yn | h | you married | Are you married?
yn | * | he your {kin} | Is {kin:he} your {kin}?
yn | * | you want go {dest} | Do you want to go {dest}? / Would you like to go {dest}?
yn | * | you want come | Do you want to come? / Would you like to come?
yn | * | you want come with me | Do you want to come with me? / Would you like to come with me?
yn | * | tomorrow you can come | Can you come tomorrow? / Are you able to come tomorrow?
yn | * | you know sign | Do you know sign language? / Do you know ASL?
yn | * | you sign | Do you sign? / Can you sign?
yn | c | you need interpreter | Do you need an interpreter?
yn | * | you like {hobby} | Do you like to {hobby}? / Do you like {hobby:ing}?
yn | * | you can {hobby} | Can you {hobby}? / Do you know how to {hobby}?
yn | * | you like {color} | Do you like {color}?
yn | c | emergency | Is it an emergency? / Is this an emergency?
yn | c | you have headache | Do you have a headache?
yn | * | rain | Is it raining?
yn | h | snow | Is it snowing?
yn | h | your {kin} home | {kin:is} your {kin} home? / {kin:is} your {kin} at home?
yn | * | me can borrow your {borrowable} | Can I borrow your {borrowable}? / Could I borrow your {borrowable}?
yn | c | you have change | Do you have change?
`;
