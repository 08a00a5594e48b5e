# ruff: noqa: E501
"""Build the coach's held-out set 90: written BLIND by writer-90, before reading the engine, its lexicons or the other held-out sets (only the README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's skeleton were read, for the format); not tuned against the coach.

Imagined authors: Filipino-English and Malaysian-English speakers, typing as a
person would (normal case and punctuation, with local particles and
code-switching: po, ate, kuya, naku, sige, lah, ah, lor, alamak). Settings: a
Manila mall boutique, a Cebu bakery, a Kuala Lumpur pharmacy, a Penang phone
shop, a Quezon City convenience store and a Johor Bahru bookshop.

Mix (aimed at precision; a false nudge costs more than a miss):
  4 gossip             supervisor's crush on a coworker, a customer's unpaid
                       debt, a coworker who went abroad under a cloud, the
                       cashier's own family quarrel over money.
  4 repeated_question  size asked again, who the gift is for asked again, cash
                       or card asked again as a tag question, cake size asked
                       again; each after a clear answer.
  3 rushed_upsell      mall raffle / member card / buy-one-take-one; load
                       top-up / app / warranty / member card; promo / typhoon
                       relief donation / app / load.
  7 unlabelled         hard near-misses: warm chat about the customer's family
                       and the cashier's harmless day; colleague praised in a
                       product context and manager named only for a rule; a
                       customer who gossips while the cashier deflects; an order
                       read back to confirm it; a "sorry?" re-ask plus different
                       questions of the same shape; one tailored recommendation
                       with the usual bag and receipt questions; two offers far
                       apart in a relaxed chatty visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT90 = [
    # ---------------------------------------------------------------- gossip
    ("q01", "Manila mall boutique", ["gossip"],
     "cashier tells the customer her supervisor has a crush on a coworker and describes how he behaves around her",
     [
         (C, "Hi ma'am, good afternoon po! Just the blouse?"),
         (U, "Yes, just this one. The white one."),
         (C, "Okay po. Ay, sorry ha, I'm a bit distracted, our supervisor is being so obvious today."),
         (U, "Oh? Why, what happened?"),
         (C, "He has a crush on Jessa, the girl in the fitting rooms. He keeps bringing her milk tea and he even changed her schedule so they have the same day off. Everyone knows na, except his wife siguro."),
         (U, "Naku, that's a lot."),
         (C, "Grabe talaga. Anyway, that's eight ninety-nine po."),
         (U, "Here's a thousand."),
         (C, "Thank you po, here's your change, one hundred and one."),
         (U, "Thanks."),
     ]),
    ("q02", "Quezon City convenience store", ["gossip"],
     "cashier names a neighbourhood customer and tells the next customer about his unpaid debt to the store and to others",
     [
         (U, "Kuya, one pack of Skyflakes and a bottle of water."),
         (C, "Sige po. Did you see Mang Rudy from the next street leave just now?"),
         (U, "The one with the tricycle?"),
         (C, "Oo, him. He still owes us almost two thousand on the list, for months na. And I heard he borrowed from half the barangay, the lending guy was looking for him at his house last Sunday."),
         (U, "Ay, really?"),
         (C, "Yes, his wife doesn't even know. Kawawa. Okay, forty-five pesos lahat po."),
         (U, "Here, fifty."),
         (C, "Five po, your change. Salamat!"),
     ]),
    ("q03", "Penang phone shop", ["gossip"],
     "cashier tells a customer a former coworker left for Singapore after money went missing from the till",
     [
         (U, "Hi, I want to collect my phone, the screen change. Name is Lim."),
         (C, "Ah, Mr Lim, can. Wait ah, I find it. Last time Kelvin took your phone right?"),
         (U, "Yes, the tall guy."),
         (C, "He's not here anymore lah. Go Singapore already, very sudden. Between you and me, the boss found the cash drawer short three months in a row, then Kelvin suddenly resign and fly off. Everybody says it was him."),
         (U, "Wah, serious?"),
         (C, "Serious. Boss still angry until now. Okay, here's your phone, you try the screen first."),
         (U, "Looks okay. How much?"),
         (C, "One hundred eighty. Card or cash?"),
         (U, "Cash."),
         (C, "Okay, thank you, receipt inside the bag."),
     ]),
    ("q04", "Cebu bakery", ["gossip"],
     "cashier overshares her own family quarrel over money (siblings fighting over the mother's pension and a loan)",
     [
         (C, "Maayong buntag po! What would you like?"),
         (U, "Morning. One dozen pandesal and two ensaymada, please."),
         (C, "Okay po. Sorry, my eyes are swollen. I was crying last night, my brother and I had a big fight over Mama's pension."),
         (U, "Oh, I'm sorry to hear that."),
         (C, "He took it again for his motorbike payments, and then he said I'm the greedy one because I didn't lend him my savings. Now my sister is not talking to either of us. Ay, so embarrassing, our neighbours heard everything."),
         (U, "That sounds hard."),
         (C, "It's okay po, sorry ha. One hundred thirty pesos all in."),
         (U, "Here you go."),
         (C, "Salamat po, ingat!"),
     ]),
    # ------------------------------------------------------ repeated_question
    ("q05", "Manila mall boutique", ["repeated_question"],
     "cashier asks the size, gets a clear 'medium', then asks what size the customer wears again in other words",
     [
         (U, "Hi, do you have this linen top in another colour?"),
         (C, "Yes po, we have sage green and beige. What size are you looking for, ma'am?"),
         (U, "Medium, please."),
         (C, "Okay, wait lang po, I'll check the stockroom.", {"pause": 1.5}),
         (C, "Here po, I found the beige. The green is sold out in that one, sorry."),
         (U, "That's fine, beige is nice."),
         (C, "And what size do you usually wear po, so I can get the right one?"),
         (U, "Medium. I said medium earlier."),
         (C, "Ay, yes po, sorry. Medium beige, one thousand two hundred po."),
         (U, "Card."),
     ]),
    ("q06", "Johor Bahru bookshop", ["repeated_question"],
     "customer clearly says the book is a birthday present for her nephew; cashier later asks whether it is for herself or a gift",
     [
         (C, "Hi, good evening. Found everything?"),
         (U, "Yes, just this dinosaur encyclopedia. It's for my nephew, he's turning eight."),
         (C, "Wah, nice, he'll like this one, got the fold-out pages."),
         (U, "He's crazy about dinosaurs lah."),
         (C, "Forty-nine ninety. You have our member card?"),
         (U, "No, it's okay."),
         (C, "Okay. So this one is for yourself or as a present ah?"),
         (U, "Present. For my nephew, like I said."),
         (C, "Oh ya, sorry. I'll put a gift sticker on it then."),
         (U, "Thanks."),
     ]),
    ("q07", "Kuala Lumpur pharmacy", ["repeated_question"],
     "customer clearly says she pays by cash; cashier later asks again as a tag question assuming card",
     [
         (U, "Hi, one box of the Panadol Actifast and this throat spray."),
         (C, "Okay. Paying cash or card?"),
         (U, "Cash lah."),
         (C, "Okay. The spray you use three times a day only, ah, don't overuse."),
         (U, "Okay, noted."),
         (C, "Total thirty-two sixty. You're paying by card, right?"),
         (U, "No, cash. I told you just now."),
         (C, "Oh sorry, sorry. Okay, from fifty, change seventeen forty."),
     ]),
    ("q08", "Cebu bakery", ["repeated_question"],
     "customer chooses the eight-inch cake clearly; cashier later asks how big it should be again",
     [
         (U, "Good afternoon, I'd like to order an ube cake for Saturday."),
         (C, "Sure po. We have six-inch and eight-inch. Which size po?"),
         (U, "The eight-inch, please."),
         (C, "Okay. Any message on top?"),
         (U, "Happy 60th, Tita Nene."),
         (C, "Happy 60th, Tita Nene. Okay po. And how big do you want the cake po?"),
         (U, "Eight-inch. I already said po."),
         (C, "Ay, sorry po. Eight-inch. Six fifty po, fifty percent down payment."),
         (U, "Okay, here's three hundred twenty-five."),
     ]),
    # ------------------------------------------------------------ rushed_upsell
    ("q09", "Manila mall boutique", ["rushed_upsell"],
     "mall raffle, member card and buy-one-take-one promo fired in a row while the customer only says no",
     [
         (U, "Just this dress po."),
         (C, "Okay ma'am, you want to join the mall raffle, every five hundred is one entry?", RR),
         (U, "Ah, no na.", R),
         (C, "You have our member card po? Free sign-up today, ten percent off.", R),
         (U, "No, it's okay.", R),
         (C, "And the scarves are buy-one-take-one po, just this week!", R),
         (U, "No thanks, just the dress."),
         (C, "Okay po, one thousand four ninety-nine."),
     ]),
    ("q10", "Penang phone shop", ["rushed_upsell"],
     "load top-up, app download, extended warranty and member card pushed back to back",
     [
         (U, "Boss, I want this charging cable, the type C one."),
         (C, "Okay, want to top up your phone load also? Got bonus data today.", RR),
         (U, "No need.", R),
         (C, "You download our app ah, got points every time you buy.", R),
         (U, "Aiya, no lah.", R),
         (C, "This cable can add one year warranty, only five ringgit. And you want to sign up member card?", R),
         (U, "No, no. Just the cable, can?"),
         (C, "Can, can. Twenty-five ringgit."),
     ]),
    ("q11", "Quezon City convenience store", ["rushed_upsell"],
     "buy-one-take-one promo, typhoon relief donation, app download and load, one after another",
     [
         (U, "Just this coffee and the siopao po."),
         (C, "Sir, the siopao is buy-one-take-one if you add a drink po, want another?", RR),
         (U, "No na.", R),
         (C, "Would you like to donate five pesos for the typhoon relief po?", R),
         (U, "Ah, next time.", R),
         (C, "Download our app po, you get free coffee on your fifth. And load, sir? We have promo.", R),
         (U, "No, that's all, I'm late."),
         (C, "Okay po, ninety-eight pesos."),
         (U, "Here."),
     ]),
    # ------------------------------------------------ unlabelled near-misses
    ("q12", "Kuala Lumpur pharmacy", [],
     "NOT gossip: warm chat about the customer's mother visiting and the cashier's harmless, ordinary day",
     [
         (C, "Hi auntie, good morning. Just these?"),
         (U, "Yes, the fish oil and the calcium. My mother is coming down from Ipoh next week, stay with us one month."),
         (C, "Wah, nice lah. She'll enjoy KL, can bring her to the night market."),
         (U, "She likes the one at Taman Connaught, we'll go every Wednesday."),
         (C, "Good, good. Busy morning for me, but I finish early today, going to makan with my friends later."),
         (U, "Ah, enjoy! Where you going?"),
         (C, "Nasi kandar somewhere in Brickfields, my friend choose. Okay, total eighty-four fifty."),
         (U, "Card."),
         (C, "Okay, done. Hope your mother has a good stay ah.", {"pause": 2.5}),
     ]),
    ("q13", "Johor Bahru bookshop", [],
     "NOT gossip: a colleague praised as the expert for a recommendation, and the manager named only for the returns rule",
     [
         (U, "Hi, I'm looking for a good Malaysian crime novel, something for the flight."),
         (C, "Ah, my colleague Farah is the expert, she's read everything in that shelf. She always recommends this one, very exciting, set in KL."),
         (U, "Oh, sounds good."),
         (C, "She says the ending is very good, don't read the last page first ah."),
         (U, "Haha, okay, I'll take it."),
         (C, "Thirty-nine ninety. Just so you know, our manager's rule is no returns once the plastic is opened, but exchange within seven days is okay."),
         (U, "Fair enough."),
         (C, "Okay, enjoy your flight."),
     ]),
    ("q14", "Quezon City convenience store", [],
     "NOT gossip: the customer gossips at length about a neighbour; the cashier deflects politely and does not join in",
     [
         (U, "Ate, did you hear about Aling Baby's son? They say he got his girlfriend pregnant and now he's hiding in Batangas."),
         (C, "Ay, I don't know po about that. What can I get you?"),
         (U, "Two eggs and one sardines. Talaga, the whole street is talking about it. And his mother is telling everyone the girl is lying."),
         (C, "Naku, I really wouldn't know po. Two eggs, one sardines, anything else?"),
         (U, "One Coke sakto. I heard the girl's father went to their house with a barangay tanod."),
         (C, "Okay po. Sixty-five pesos lahat."),
         (U, "Here."),
         (C, "Salamat po, ingat kayo."),
     ]),
    ("q15", "Cebu bakery", [],
     "NOT repeated_question: the cashier reads the whole order back once to confirm it before writing it up",
     [
         (U, "Good morning! For pickup tomorrow po: three dozen pandesal, two ube rolls and twelve mamon."),
         (C, "Sure po. What time is pickup?"),
         (U, "Seven in the morning."),
         (C, "Okay. Let me read it back po: three dozen pandesal, two ube rolls, twelve mamon, pickup at seven tomorrow morning. Correct po?"),
         (U, "Yes, correct."),
         (C, "And the name po for the order?"),
         (U, "Marites."),
         (C, "Okay po, Marites. Five hundred ten pesos, you can pay tomorrow."),
         (U, "Salamat!"),
     ]),
    ("q16", "Penang phone shop", [],
     "NOT repeated_question: the cashier re-asks only because the customer did not hear, then asks different questions of the same shape",
     [
         (U, "Hi, I need a casing."),
         (C, "Which phone model?"),
         (U, "Sorry?"),
         (C, "Your phone, which model ah?"),
         (U, "Oh, Samsung A54."),
         (C, "Okay. Which colour you want? Got black, clear and blue."),
         (U, "Clear."),
         (C, "Which type, the soft one or the hard one with the stand?"),
         (U, "Soft one."),
         (C, "Okay, twenty-nine ringgit."),
     ]),
    ("q17", "Manila mall boutique", [],
     "NOT rushed_upsell: one tailored suggestion tied to the customer's beach trip, then the usual bag and receipt questions in a relaxed visit",
     [
         (C, "Hi ma'am! Found everything okay po?"),
         (U, "Yes, this linen dress. We're going to Siargao next week."),
         (C, "Ay, nice! First time?"),
         (U, "Yes, with my sisters. Just a girls' trip."),
         (C, "You'll love it. Since you're going to the beach, this woven sarong matches the dress po, and it packs flat. No pressure lang."),
         (U, "Oh, that's cute. Sige, I'll get it."),
         (C, "Okay po, two thousand one hundred all in."),
         (U, "Here's my card."),
         (C, "Do you need a paper bag po, or you have your own?", {"pause": 3.0}),
         (U, "I have my own."),
         (C, "Okay. Receipt in the bag or with you?"),
         (U, "With me, thanks."),
         (C, "Here po. Enjoy Siargao!"),
     ]),
    ("q18", "Johor Bahru bookshop", [],
     "NOT rushed_upsell: only two offers (member card, then stationery discount) far apart in a relaxed chatty visit",
     [
         (C, "Hi uncle, long time no see!"),
         (U, "Ya lah, I was in Melaka two weeks, visiting my daughter."),
         (C, "Oh nice. You have our member card ah? Can get five percent off."),
         (U, "Got already, here."),
         (C, "Okay, I scan. How's your daughter, still teaching?"),
         (U, "Still teaching. Now she's head of the English panel some more."),
         (C, "Wah, proud father lah. These three books you want?"),
         (U, "Yes, the cookbook is for my wife, the two history books for me."),
         (C, "This one about the Johor sultanate, very popular. My cousin also bought."),
         (U, "I read the review in the paper, sounds good."),
         (C, "By the way, the notebooks at the front are twenty percent off this week, if you need any.", {"pause": 20.0}),
         (U, "No, I still have plenty. Just the books."),
         (C, "Okay, one hundred and twelve after member discount."),
         (U, "Cash, here."),
     ]),
]

if __name__ == "__main__":
    build("heldout90", HELDOUT90, 901)
