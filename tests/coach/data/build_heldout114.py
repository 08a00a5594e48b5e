# ruff: noqa: E501
"""Build the coach's held-out set 114: written by writer-114 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation): the counters of a
university town -- a campus shop, a bike repair counter, a kebab shop, a
bubble-tea counter, a second-hand bookshop and a launderette. Customers are
students from many countries (Chinese, Nigerian, Spanish, Indian, local
British); staff range from student part-timers to a retired shop assistant.

Mix: 4 gossip (a lecturer seeing a student, the customer's housemate, the shop
owner's divorce, the cashier's own visa worries and family pressure), 4
repeated_question (sugar level, which bike, name for the order, wash
temperature as a statement with a question tag), 3 rushed_upsell (discount
card, stamp card, bundle deals, newsletter, app, membership pushed at tired
customers), and 7 hard "not" cases: warm chat about the customer's graduation
with a colleague named for a work reason; a customer gossiping while the
cashier deflects; a colleague praised and the manager named about a price; an
order read back plus a "sorry?" re-ask and same-shape sugar questions;
same-shape laundry questions with a "say again?"; one tailored bike-light
recommendation with bag and receipt questions; two offers far apart in a
relaxed campus-shop visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT114 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "campus shop",
        ["gossip"],
        "cashier tells a student her economics lecturer is seeing one of his second-years behind his wife's back",
        [
            (C, "Hi there, just the notepad and the highlighters?"),
            (U, "Yes, and this water. I've got Dr Hollis's seminar in ten minutes."),
            (C, "Oh, Hollis! Economics, isn't he?"),
            (U, "Yeah, macro."),
            (
                C,
                "Between you and me, you want to keep an eye on him. He's been seeing one of his second-years, the girl with the red hair who works in the SU bar.",
            ),
            (
                C,
                "They were all over each other in the Red Lion on Friday night, and apparently his wife hasn't got a clue.",
            ),
            (U, "Oh. Right. I didn't know that."),
            (
                C,
                "Everyone on the staff side knows. It's a disgrace really, she's in his own tutorial group.",
            ),
            (U, "Okay... how much is it?"),
            (C, "Four pounds eighty, please."),
            (U, "Card's fine."),
            (C, "Lovely, there you go."),
        ],
    ),
    (
        "q02",
        "kebab shop",
        ["gossip"],
        "cashier spreads a customer's housemate's break-up, drunkenness and failing grades",
        [
            (C, "Evening! What can I get you?"),
            (U, "Large chicken doner, please, with garlic mayo and chilli."),
            (C, "Salad on it?"),
            (U, "Everything except onions."),
            (
                C,
                "You live on Harcourt Road with Josh, don't you? I've seen you two come in together.",
            ),
            (U, "Yeah, he's my housemate."),
            (
                C,
                "Ha, that lad. He was in here Saturday at three in the morning, absolutely hammered, crying his eyes out because his girlfriend went off with his best mate.",
            ),
            (
                C,
                "Then he tried to pay with his library card. And I heard he's failing half his modules and hasn't told his mum and dad.",
            ),
            (U, "I... don't really know about all that."),
            (C, "Anyway, don't tell him I said. That's seven fifty."),
            (U, "Here you go."),
            (C, "Ready in five."),
        ],
    ),
    (
        "q03",
        "second-hand bookshop",
        ["gossip"],
        "assistant tells a student about the owner's divorce, his wife's rumoured affair and him sleeping in the back room",
        [
            (U, "Hello, could I just get this one? It's the Penguin Middlemarch."),
            (C, "Of course. Three pounds, that one, it's pencilled inside the cover."),
            (U, "Great, I need it for my Victorian literature module."),
            (
                C,
                "You'll have to excuse the mess in here this week. Graham, the owner, is in a right state.",
            ),
            (
                C,
                "His wife's left him after twenty-six years and she's after half the shop in the divorce. Word is she's been carrying on with the man from the antiques place over the road for months.",
            ),
            (U, "Oh dear. That's... sorry to hear that."),
            (
                C,
                "He's been sleeping on a camp bed in the back room. Don't say anything if you see him, mind.",
            ),
            (U, "I won't. Is card okay?"),
            (C, "Card's fine, pop it in whenever you're ready."),
            (U, "Thanks."),
        ],
    ),
    (
        "q04",
        "bubble-tea counter",
        ["gossip"],
        "cashier unloads her own visa worries and her parents' pressure to come home and marry, unprompted",
        [
            (C, "Hi! What would you like today?"),
            (U, "Can I have a medium brown sugar milk tea with pearls?"),
            (C, "Sure. What sugar level?"),
            (U, "Fifty percent, please."),
            (C, "Okay. Sorry, I'm a bit slow today, my head is all over the place."),
            (U, "No worries, take your time."),
            (
                C,
                "It's just, my visa finishes in April and the Home Office still hasn't answered about my extension. If they refuse, I have four weeks to leave.",
            ),
            (
                C,
                "And my parents call every night saying if I don't find a graduate job they stop paying, and I must go back to Chengdu and marry the son of my dad's business partner. I cried in the stockroom this morning.",
            ),
            (U, "Oh gosh, that sounds really hard."),
            (C, "Sorry, too much information. That's four ninety."),
            (U, "Here's my card."),
            (C, "Your drink will come out at the end there."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "bubble-tea counter",
        ["repeated_question"],
        "cashier asks the sweetness level, gets twenty-five percent, chats about the weekend, then asks how much sugar again",
        [
            (C, "Hiya, what can I get you?"),
            (U, "A large jasmine green tea with lychee jelly, please."),
            (
                C,
                "Cool. How sweet do you want it? We do zero, twenty-five, fifty, seventy-five or full.",
            ),
            (U, "Twenty-five percent."),
            (C, "And ice?"),
            (U, "Less ice, please."),
            (C, "You up to anything fun this weekend?"),
            (U, "Not really, I've got a lab report due Monday."),
            (C, "Ugh, rough. Right, and how much sugar did you want in that?"),
            (U, "Twenty-five, like I said."),
            (C, "Yep, got it. Four sixty, please."),
            (U, "Tap's fine."),
        ],
    ),
    (
        "q06",
        "bike repair counter",
        ["repeated_question"],
        "mechanic asks which bike is the customer's, is told, chats, then asks which bike he is collecting again",
        [
            (U, "Hi, I dropped my bike off yesterday for a puncture and a brake check."),
            (C, "Right-o. Which one's yours?"),
            (U, "The green Carrera hybrid with the wicker basket, by the door."),
            (
                C,
                "Ah, yes. Rear tube was shot, so I've put a new one in and adjusted the brakes. The pads have a bit of life left in them.",
            ),
            (U, "Great. I had to walk in from Fulwood this morning, it took forever."),
            (C, "Bet it did, that hill's a killer. You at the uni?"),
            (U, "Yes, I'm doing a master's in civil engineering."),
            (C, "Good for you. Now then, which bike is it you're picking up?"),
            (U, "The green one. The hybrid with the basket."),
            (C, "Course it is, I'm losing it. That's eighteen quid all in."),
            (U, "Can I pay by card?"),
            (C, "Yep, machine's just there."),
        ],
    ),
    (
        "q07",
        "kebab shop",
        ["repeated_question"],
        "cashier takes the name for the order, chats about the library, then asks who to call out for it",
        [
            (C, "Hi, what are we having?"),
            (U, "Mixed kebab wrap and a portion of chips, please."),
            (C, "Any sauce?"),
            (U, "Chilli and yoghurt."),
            (C, "Lovely. What name's it under?"),
            (U, "Chidi."),
            (C, "Is it busy up at the library tonight? We've had loads of you lot in."),
            (U, "Packed. Everyone's got deadlines."),
            (C, "Sounds about right. And who shall I shout for when this one's done?"),
            (U, "Chidi. C-H-I-D-I."),
            (C, "Nice one. Nine pounds twenty."),
        ],
    ),
    (
        "q08",
        "launderette",
        ["repeated_question"],
        "attendant asks the wash temperature, is told thirty, chats, then re-asks it as 'you'll want forty, won't you?'",
        [
            (U, "Hi, I'd like to leave these for a service wash."),
            (C, "No problem, pet. Pop the bag on the scale for me."),
            (C, "Six kilos. What temperature do you want them doing at?"),
            (U, "Thirty, please. It's mostly dark clothes."),
            (C, "Righto. Where are you from, love?"),
            (U, "Nanjing. I'm here for one year, doing accounting."),
            (C, "Ooh, long way from home. You must miss your mum's cooking."),
            (U, "Very much!"),
            (C, "Now, you'll be wanting these on a forty wash, won't you?"),
            (U, "No, thirty. I said before."),
            (C, "Thirty, right you are. They'll be ready after four, that's nine pounds."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "campus shop",
        ["rushed_upsell"],
        "exhausted student buying one coffee gets a discount card, app, flapjack bundle and newsletter fired at her back to back",
        [
            (U, "Just this coffee, please."),
            (C, "Hiya. Long day?"),
            (U, "I've been in the library since seven. I'm dead."),
            (
                C,
                "Have you got our student saver card? It's free, takes two minutes, you'd get ten percent off today.",
                RR,
            ),
            (U, "Um, no...", R),
            (C, "And if you download the campus store app you get every sixth hot drink free.", R),
            (
                C,
                "Oh, and it's two for three pounds on the flapjacks right now, want to grab a couple with that?",
                R,
            ),
            (U, "No, I'm fine, really.", R),
            (C, "Can I take your uni email for the newsletter? It's all the exam season deals.", R),
            (U, "Just the coffee. Please."),
            (C, "Sure, one eighty-five."),
        ],
    ),
    (
        "q10",
        "bubble-tea counter",
        ["rushed_upsell"],
        "student straight off a hospital placement shift is pushed a stamp card, upsize, topping deal and app in a rush",
        [
            (C, "Hi, welcome! What can I get you?"),
            (U, "Just a small taro milk tea, please. No toppings."),
            (C, "Do you have a stamp card with us? Ten stamps and the eleventh drink is free!", RR),
            (U, "I don't think so.", R),
            (
                C,
                "I'll start one for you. Also for only eighty pence more you can go large today.",
                R,
            ),
            (C, "And popping boba is half price this week, mango or strawberry?", R),
            (U, "Honestly, just the small.", R),
            (
                C,
                "Okay! Have you got our app? You skip the queue next time and get a welcome drink.",
                R,
            ),
            (U, "Maybe later. I've been on placement since six this morning."),
            (C, "Oh no, okay. That's three fifty."),
        ],
    ),
    (
        "q11",
        "second-hand bookshop",
        ["rushed_upsell"],
        "sleep-deprived student buying one set text gets a three-for-five bundle, stamp card, newsletter and membership in quick succession",
        [
            (U, "Hi. Just this, please."),
            (C, "Ah, The Bell Jar. Is it for a course?"),
            (
                U,
                "Yeah. Seminar's tomorrow and I haven't started it. I've had about three hours' sleep.",
            ),
            (
                C,
                "All the paperbacks on that table are three for a fiver, you know, you could grab two more.",
                RR,
            ),
            (U, "I really only need...", R),
            (C, "And do you want a stamp card? Every tenth book's free.", R),
            (
                C,
                "Plus if you write your email here you'll get our newsletter, there's a ten percent voucher when you sign up.",
                R,
            ),
            (U, "Uh, no thanks.", R),
            (
                C,
                "We also do a Friends of the Shop membership, fifteen pounds a year, money off every Saturday.",
                R,
            ),
            (U, "Just the book, please. How much?"),
            (C, "Two pounds fifty."),
        ],
    ),
    # ------------------------------------------------------------ hard "not"
    (
        "q12",
        "kebab shop",
        [],
        "not gossip: warm chat about the customer's own graduation and job, and a colleague named and praised for the grill",
        [
            (C, "Ah, my favourite customer! The usual?"),
            (
                U,
                "Yes please, lamb shish with rice. And it's my last one for a while, I graduate on Friday!",
            ),
            (C, "No! Congratulations! Pharmacy, wasn't it?"),
            (U, "Pharmacy, yes. My mum's flying in from Abuja for the ceremony."),
            (
                C,
                "She will be so proud. You worked so hard, always in here at midnight with your books.",
            ),
            (
                C,
                "Listen, Emre is on the grill tonight, he does the lamb better than me, honestly. Emre, make this one extra special, she's graduating!",
            ),
            (U, "Ha, thank you!"),
            (C, "What happens after? You're staying in England?"),
            (U, "I've got a job at a hospital in Leeds from September."),
            (C, "Leeds! Very good. Come and say goodbye before you go. Eight fifty, please."),
            (U, "Here you are."),
            (C, "And a piece of baklava on the house, for the graduate."),
        ],
    ),
    (
        "q13",
        "campus shop",
        [],
        "not gossip: the customer gossips about a history lecturer's affair while the cashier declines and sticks to the sale",
        [
            (U, "Can I get these, and a twenty-pound top-up on my print card?"),
            (C, "Course you can."),
            (
                U,
                "Did you hear about Dr Fenwick in history? Apparently he's been sleeping with a PhD student and his wife found out from the texts.",
            ),
            (
                C,
                "I wouldn't know anything about that, love. So that's three items plus the top-up.",
            ),
            (U, "It's all over the group chat. People are saying he'll get sacked."),
            (C, "Well, I'll leave them to it. Do you want a bag for these?"),
            (U, "No, I've got my rucksack. Someone saw them in Sainsbury's together."),
            (C, "Mm. Twenty-three pounds forty altogether, please."),
            (U, "Cheers."),
            (C, "Your print credit should show up in about ten minutes."),
        ],
    ),
    (
        "q14",
        "second-hand bookshop",
        [],
        "not gossip: chat about the customer's sister's present, a colleague praised for his wrapping and the manager named about a price",
        [
            (U, "Hello, do you have anything by R. K. Narayan? It's for my sister's birthday."),
            (
                C,
                "I think so, let me check. Fiction's alphabetical, N should be on the second shelf.",
            ),
            (C, "Here we go: Malgudi Days and The Guide. The Guide's a lovely hardback."),
            (U, "Oh, that one's perfect. She loved it when we were children."),
            (C, "Aw, that's sweet. Is she over here too?"),
            (U, "No, she's in Bangalore. I'm posting it home."),
            (
                C,
                "If you'd like it wrapped, Alan can do it in brown paper and string. He's brilliant at it, a bit of an artist really.",
            ),
            (U, "That would be lovely."),
            (
                C,
                "Susan, our manager, priced this one herself because it's an early UK printing, so it's twelve pounds. She's in tomorrow if you want to ask her about postage boxes.",
            ),
            (U, "Twelve is fine."),
            (C, "Great. Alan, could you wrap this for the gentleman when you've a minute?"),
        ],
    ),
    (
        "q15",
        "bubble-tea counter",
        [],
        "not a repeat: sugar asked for each of two drinks, ice re-asked after the customer's 'sorry?' over the blender, and the order read back to confirm",
        [
            (C, "Hi, what can I get for you?"),
            (
                U,
                "A large taro milk tea with tapioca, please, and a small passion fruit green tea with no toppings.",
            ),
            (C, "Sugar level for the taro?"),
            (U, "Half sugar."),
            (C, "And for the passion fruit one?"),
            (U, "Thirty percent, please."),
            (C, "Ice on both?"),
            (U, "Sorry? The blender's really loud."),
            (C, "Do you want ice in both of them?"),
            (U, "Oh, less ice in the taro, normal in the other."),
            (
                C,
                "Okay, let me read that back: large taro with tapioca, half sugar, less ice; small passion fruit green tea, thirty percent, normal ice. Is that right?",
            ),
            (U, "Perfect."),
            (C, "Seven forty, please. What name for the cups?"),
            (U, "Lucía."),
        ],
    ),
    (
        "q16",
        "launderette",
        [],
        "not a repeat: several different either-or questions about a duvet and towels, and one 'say again?' when the dryer drowns the answer",
        [
            (U, "Hi, I booked a service wash for my duvet and a bag of towels."),
            (C, "Yep, I've got you down. Is the duvet a double or a king?"),
            (U, "Double."),
            (C, "And is it feather or synthetic?"),
            (U, "Synthetic, I think. The label says hollowfibre."),
            (C, "Sorry, say again? The dryer's banging away behind me."),
            (U, "Hollowfibre. Synthetic."),
            (C, "Perfect, that can go on at sixty then. Are the towels all one colour?"),
            (U, "Mostly white, a couple of grey ones."),
            (C, "That's fine together. Do you need it back today, or is tomorrow okay?"),
            (U, "Tomorrow's fine."),
            (C, "Great, that's fourteen pounds, ready after ten tomorrow."),
        ],
    ),
    (
        "q17",
        "bike repair counter",
        [],
        "not rushed: one recommendation tailored to the customer's night rides on the canal path, then the usual bag and receipt questions",
        [
            (
                U,
                "Hi, my front light fell off last night and the bracket snapped. Do you have a replacement?",
            ),
            (C, "Let's have a look. What kind of light is it?"),
            (U, "A cheap one from the supermarket. Honestly, it was never very bright."),
            (C, "Do you ride at night much?"),
            (U, "Every evening. I come back from the lab around ten, along the canal path."),
            (
                C,
                "On the canal, in the dark? Then I'd honestly go for this USB rechargeable one rather than just a new bracket. It's twenty-two pounds, but it's bright enough to actually see the path, not just be seen.",
            ),
            (U, "Hmm, that makes sense. I'll take it. Could you fit it for me?"),
            (C, "Sure, two minutes."),
            (C, "There, done. Do you want a bag for the box and the cable?"),
            (U, "No, it'll go in my backpack."),
            (C, "Need a receipt?"),
            (U, "Yes please, my department might pay me back."),
            (C, "There you go. Safe riding."),
        ],
    ),
    (
        "q18",
        "campus shop",
        [],
        "not rushed: a relaxed first-week visit with a student card offer early and one pen suggestion over a minute later",
        [
            (C, "Morning! Can I help you find anything?"),
            (
                U,
                "Do you have the university hoodie in navy, medium? It's my first week and I'm freezing.",
            ),
            (C, "Ha, welcome to England. Medium navy... yes, here you go, last one."),
            (U, "Thank you! I'm from Guangzhou, it's still twenty-five degrees there."),
            (C, "You'll be glad of this, then. What are you studying?"),
            (U, "Architecture."),
            (
                C,
                "Lovely. If you've got your student ID on you, there's a free campus card that takes ten percent off clothing. I can set it up now.",
            ),
            (U, "Oh yes, here it is."),
            (C, "All done. Have a browse if you need anything else, no rush."),
            (U, "Actually, I'll take these two sketchbooks too.", {"pause": 70}),
            (
                C,
                "The architects always find those. We've got fineliner pens in packs of six on the stand behind you as well, if you need any for the studio.",
            ),
            (U, "I have some already, thanks. How much is everything?"),
            (C, "Thirty-one sixty with your ten percent off."),
            (U, "Card, please."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout114", HELDOUT114, 1141)
