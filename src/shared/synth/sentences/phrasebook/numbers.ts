/** Numbers (ages, prices, counts, phone numbers), clock times and dates. */
export const NUMBERS = `
num   | c | please wait {minutes} minute | Please wait {minutes} minutes. / Wait {minutes} minutes, please.
num   | c | {transit} leave {minutes} minute | {transit:the} leaves in {minutes} minutes. / {transit:the} will leave in {minutes} minutes.
num   | c | {transit} arrive {minutes} minute | {transit:the} arrives in {minutes} minutes. / {transit:the} will arrive in {minutes} minutes.
num   | * | me work {hours} hour every_day | I work {hours} hours every day. / Every day I work {hours} hours.
num   | k | class {hours} hour | The class is {hours} hours long. / The class lasts {hours} hours.
num   | * | {days} day past me arrive | I arrived {days} days ago. / {days} days ago I arrived.
num   | * | {days} day past me see he | I saw {him} {days} days ago. / {days} days ago I saw {him}.
num   | h | me live here {count} year | I have lived here for {count} years. / I've lived here for {count} years.
num   | h | {count} week past me move here | I moved here {count} weeks ago. / {count} weeks ago I moved here.
num   | h | {count} month past we travel | We traveled {count} months ago. / {count} months ago we traveled.
num   | * | me {age} year old | I am {age} years old. / I'm {age} years old. / I'm {age}.
num   | h | my {sib} {age} year old | My {sib} is {age} years old. / My {sib} is {age}.
num   | c | {price} cost {dollars} dollar | {price:the} costs {dollars}. / {price:the} is {dollars}.
num   | c | {order} cost {dollars} dollar | {order:the} costs {dollars}. / {order:the} is {dollars}.
num   | c | he {dollars} dollar | That's {dollars}. / It's {dollars}. / That will be {dollars}.
num   | * | me have {kids} child | I have {kids} children. / I have {kids} kids.
num   | h | me have {count} {sib} | I have {count} {sib:pl}.
num   | k | class have {students} student | The class has {students} students. / There are {students} students in the class.
num   | c | me need {count} ticket | I need {count} tickets.
num   | c | me want {count} ticket | I want {count} tickets. / I'd like {count} tickets.
num   | c | my number {phone} | My number is {phone}. / My phone number is {phone}.
num   | k | page {page} | Page {page}. / It's on page {page}.
num   | c | {count} people wait | {count} people are waiting. / There are {count} people waiting.
num   | k | please open your book page {page} | Please open your book to page {page}. / Open your book to page {page}, please. / Please turn to page {page}.
num   | k | please read page {page} | Please read page {page}. / Read page {page}, please.
num   | * | me have {dollars} dollar | I have {dollars}. / I've got {dollars}.
clock | c | {clock} {shop} open | {shop:the} opens {clock}.
clock | c | {clock} {shop} close | {shop:the} closes {clock}.
clock | c | {clock} your appointment | Your appointment is {clock}. / Your appointment's {clock}.
clock | k | {clock} class start | Class starts {clock}. / The class starts {clock}.
clock | c | {clock} {transit} leave | {transit:the} leaves {clock}. / {transit:the} departs {clock}.
clock | c | {clock} {transit} arrive | {transit:the} arrives {clock}. / {transit:the} gets in {clock}.
clock | h | {clock} we eat {meal} | We eat {meal} {clock}. / We have {meal} {clock}.
clock | h | {clock} me wake_up | I wake up {clock}. / I get up {clock}.
clock | h | {clock} me go bed | I go to bed {clock}.
clock | * | {clock} me call you | I'll call you {clock}. / I will call you {clock}.
clock | * | {clock} we meet | We'll meet {clock}. / Let's meet {clock}.
clock | k | {clock} test | The test is {clock}.
clock | h | {clock} party start | The party starts {clock}.
date  | * | {day} {event} | {event:the} is {day}. / {event:the}'s {day}.
date  | c | {day} we close | We're closed {day}. / We are closed {day}.
date  | c | {day} {shop} close | {shop:the} is closed {day}. / {shop:the} closes {day}.
date  | * | {date} my birthday | My birthday is {date}. / My birthday's {date}.
date  | * | {date} {event} | {event:the} is {date}.
date  | h | {date} we travel | We're traveling {date}. / We are traveling {date}.
date  | h | {yeardate} he move here | {he} moved here {yeardate}.
date  | h | {yeardate} we marry | We got married {yeardate}.
date  | * | today {dayname} | Today is {dayname}. / It's {dayname} today.
date  | * | tomorrow {dayname} | Tomorrow is {dayname}. / Tomorrow's {dayname}.
`;
