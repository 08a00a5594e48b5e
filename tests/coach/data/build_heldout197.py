# ruff: noqa: E501
"""Build the coach's held-out set 197: written by writer-197 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Gulf expat English:
"yalla", "inshallah", "habibi", "ma'am", "same same", "one minute"): staff and
customers from South Asia, the Philippines, Britain and the Arab world at expat
shops in Dubai and Abu Dhabi where English is the shop language: a supermarket,
a pharmacy, a mobile-phone kiosk, a bakery, a laundry counter and a mall
electronics store. The cashier often speaks twice in a row.

Mix: 4 gossip (a previous customer's bounced cheques, the supervisor's visa scam,
a colleague's secret girlfriend next door, the cashier's own roommate's
deportation), 4 repeated_question (prepaid or postpaid answered in the opening
request, kilos of rice, which charger, whether it is a gift; each re-asked in
other words after small talk), 3 rushed_upsell (insurance, credit card, loyalty,
buy-two-get-one and survey prompts back to back at a customer who barely
answers) and 7 hard "not" cases (warm chat about the customer's own life; a
colleague and the manager named for work and praised; the customer gossips while
the cashier deflects; a bakery order read back to confirm; a "sorry?" re-ask and
same-shape questions about different items; one tailored recommendation with
spread-out bag and receipt questions; two offers far apart in a relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT197 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Dubai supermarket",
        ["gossip"],
        "cashier tells a stranger about the previous customer's bounced cheques, travel ban and crying wife",
        [
            (C, "Good evening sir, welcome. Only these items?"),
            (U, "Yes, just this and the milk."),
            (C, "Okay, one minute, the machine is slow today."),
            (
                C,
                "You saw that man before you, in the white kandura? Every month he comes with a big big trolley.",
            ),
            (U, "Hmm."),
            (
                C,
                "Sir, his cheques bounced three times with our shop, my supervisor told me. Now we take only cash from him, and I heard the bank put a travel ban on him also.",
            ),
            (U, "Really? I didn't know."),
            (
                C,
                "Yes, yes. He owes money to half the shops in this building. His wife came last week crying, asking us to give him credit.",
            ),
            (U, "Okay. How much is mine?"),
            (C, "Forty-two dirhams fifty, sir."),
            (U, "Here, card."),
            (C, "Thank you sir, have a nice evening."),
        ],
    ),
    (
        "q02",
        "Dubai mobile-phone kiosk",
        ["gossip"],
        "cashier accuses his supervisor of selling fake visas to new arrivals and says the owner covers for him",
        [
            (U, "Hi, I need to recharge my number, fifty dirhams."),
            (C, "Sure habibi, give me the number."),
            (U, "Zero five five, four one two, eight eight three nine."),
            (C, "Done, recharge is successful."),
            (C, "Brother, don't ever buy a visa from our supervisor, I'm telling you honestly."),
            (U, "Why, what happened?"),
            (
                C,
                "He's taking eight thousand dirhams from the new boys for visas that don't even exist. Two guys from Kerala paid him and now he's not picking up their calls.",
            ),
            (
                C,
                "Everybody knows, but the owner is his cousin, so nobody says anything. Same same last year also.",
            ),
            (U, "That's bad, man."),
            (C, "Fifty dirhams. Cash or card?"),
            (U, "Cash."),
            (C, "Yalla, thank you, come again."),
        ],
    ),
    (
        "q03",
        "Dubai Marina bakery",
        ["gossip"],
        "cashier reveals a colleague is secretly seeing the girl from the perfume shop next door while engaged back home",
        [
            (C, "Good morning ma'am, what can I get for you?"),
            (U, "Morning. Four croissants and a small sourdough, please."),
            (C, "The sourdough is just out of the oven, still warm."),
            (U, "Lovely."),
            (
                C,
                "Ma'am, you know Jomar, the tall one who usually makes your coffee? He's not here today.",
            ),
            (U, "Oh, is he alright?"),
            (
                C,
                "He's alright, don't worry. Actually he's secretly going out with the girl from the perfume shop next door, the Lebanese one. Nobody should know because he's already engaged back home in Manila.",
            ),
            (
                C,
                "Every break he's sneaking over there, and today he took half day just to take her to Global Village. If his fiancée finds out, finish.",
            ),
            (U, "Oh dear. Right. How much do I owe you?"),
            (C, "Twenty-eight dirhams, ma'am."),
            (U, "Here you go, keep the change."),
            (C, "Thank you ma'am, enjoy."),
        ],
    ),
    (
        "q04",
        "Abu Dhabi laundry counter",
        ["gossip"],
        "cashier pours out his roommate's arrest, deportation, unpaid debt and the landlord dispute to a customer collecting shirts",
        [
            (U, "Salaam, I'm picking up. Ticket three one eight."),
            (C, "Wa alaikum salaam. One minute sir, let me check the rack."),
            (C, "Three shirts, two trousers and one thobe, pressed. Correct?"),
            (U, "Yes, that's it."),
            (C, "Sorry sir, I'm a bit slow today, I didn't sleep at all."),
            (U, "Oh, everything okay?"),
            (
                C,
                "My roommate got deported yesterday. Police took him from our room at five in the morning; his visa expired eight months ago and he was hiding it from all of us.",
            ),
            (
                C,
                "He owed me two thousand dirhams also, and now the landlord says we must pay his share of the rent or all of us are out. I called his mother in Dhaka, she was screaming at me on the phone.",
            ),
            (U, "That's rough. Sorry to hear it."),
            (C, "Total is thirty-five dirhams."),
            (U, "Card okay?"),
            (C, "Yes, tap here. Thank you sir."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Dubai mobile-phone kiosk",
        ["repeated_question"],
        "customer asks for a prepaid SIM in his opening line; after small talk the cashier asks whether he wants monthly billing or top-ups",
        [
            (
                U,
                "Hello, I'd like a new prepaid SIM, please. Just arrived from Manchester last week.",
            ),
            (C, "Welcome to Dubai, sir! First time here?"),
            (
                U,
                "Second time. I worked in Abu Dhabi a few years back; now I'm with a company in Business Bay.",
            ),
            (C, "Very nice. Business Bay is a good area, lot of traffic though."),
            (U, "Tell me about it, took me forty minutes this morning."),
            (C, "Okay sir, can I see your Emirates ID or passport?"),
            (U, "Here's the passport, the ID is still processing."),
            (C, "No problem, passport is enough for now."),
            (
                C,
                "So sir, you want it on a monthly bill, or you'll top it up yourself with recharge cards?",
            ),
            (U, "Like I said, prepaid. I'll top it up."),
            (C, "Okay, okay. Fifty-five dirhams with ten GB data."),
            (U, "Fine."),
        ],
    ),
    (
        "q06",
        "Abu Dhabi supermarket, loose rice counter",
        ["repeated_question"],
        "cashier asks how many kilos, gets 'five', chats about Eid guests, then asks how much she needs again",
        [
            (C, "Yes ma'am, which rice, the packed one or the loose basmati?"),
            (U, "The loose one is fine."),
            (C, "How many kilos should I weigh?"),
            (U, "Five kilos, please."),
            (C, "Okay. Cooking biryani for Eid, ma'am?"),
            (U, "Yes, my in-laws are coming from Lahore on Thursday, inshallah."),
            (C, "Mashallah, a big family gathering. Lot of cooking!"),
            (U, "Ha, you have no idea how much rice disappears in that house."),
            (C, "So ma'am, how much do you need? Two kilo, three kilo?"),
            (U, "Five. I told you, five."),
            (C, "Sorry ma'am. Five kilos, here you go. Forty-seven dirhams fifty."),
        ],
    ),
    (
        "q07",
        "Dubai mall electronics store",
        ["repeated_question"],
        "cashier establishes the charger is for a Samsung S23, chats about parking, then asks whether the phone is iPhone or Android",
        [
            (U, "Hi, I need a charger, mine stopped working."),
            (C, "Sure sir. Which phone is the charger for?"),
            (U, "Samsung Galaxy S23."),
            (C, "Okay, for that you need USB-C, twenty-five watt fast charging."),
            (U, "Right."),
            (C, "You came for the cinema, sir? Lot of people today, the new film released."),
            (U, "No, I was doing groceries downstairs and remembered the charger."),
            (C, "Smart, everything in one place. Parking is full today, no?"),
            (U, "Took me fifteen minutes to find a spot."),
            (C, "Okay sir, and your phone is what, iPhone or Android?"),
            (U, "Samsung. The S23. Android."),
            (C, "Yes, yes, then this one. Ninety-nine dirhams."),
        ],
    ),
    (
        "q08",
        "Abu Dhabi pharmacy",
        ["repeated_question"],
        "customer says the skincare box is a birthday gift for her sister; after chat about the sister's visit the cashier asks if it's for herself or someone else",
        [
            (U, "Hi, do you have the skincare gift box? The one with the cream and the cleanser."),
            (C, "Yes ma'am, we have it, one minute."),
            (C, "Is it a gift, ma'am, or for you?"),
            (U, "It's a gift, for my sister's birthday."),
            (C, "Oh nice! How old is she turning?"),
            (U, "Thirty. She's flying in from Cebu on Friday."),
            (C, "Wow, first time in UAE?"),
            (U, "Yes, I'm taking her to the desert safari and the Grand Mosque."),
            (C, "She will love it, ma'am, the dune bashing is very exciting."),
            (C, "So this box, you're keeping it for yourself or giving it to somebody?"),
            (U, "Giving it. To my sister."),
            (C, "Okay, I'll put it in a gift bag. Eighty-nine dirhams."),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Dubai mall electronics store",
        ["rushed_upsell"],
        "insurance plan, bank credit card, rewards club and a survey pushed back to back while the customer says 'no' and 'hm'",
        [
            (U, "I'll take this one, the two fifty-six gig, in black."),
            (C, "Very good choice, sir. Let me get it from the back."),
            (
                C,
                "Sir, you want to add the two-year protection plan? Covers screen and water damage, only three hundred forty-nine.",
                RR,
            ),
            (U, "No.", R),
            (
                C,
                "And if you apply for our bank's credit card today, you get ten percent cashback, takes two minutes only.",
                R,
            ),
            (U, "No thanks.", R),
            (
                C,
                "Are you a member of our rewards club? I can register you now with your mobile number, you get points on this.",
                R,
            ),
            (U, "No.", R),
            (
                C,
                "Also sir, after payment you'll get an SMS with a small survey, please give us five stars, it helps us a lot.",
                R,
            ),
            (U, "Hm.", R),
            (C, "Total three thousand eight hundred ninety-nine. Card?"),
            (U, "Card."),
        ],
    ),
    (
        "q10",
        "Abu Dhabi supermarket",
        ["rushed_upsell"],
        "loyalty card, buy-two-get-one shampoo and a co-branded credit card fired off in a row at a customer answering in single words",
        [
            (C, "Good afternoon, ma'am."),
            (U, "Hi."),
            (
                C,
                "Ma'am, you have our loyalty card? I can make it now, free, only your phone number.",
                RR,
            ),
            (U, "No, it's okay.", R),
            (C, "This shampoo is buy two get one free, ma'am, you want to grab two more?", R),
            (U, "No.", R),
            (
                C,
                "And with our credit card you get five percent off every shopping, no annual fee, I can give you the form right now.",
                R,
            ),
            (U, "No, thank you.", R),
            (C, "Bag you need?", R),
            (U, "Yes."),
            (C, "Sixty-three dirhams twenty-five."),
        ],
    ),
    (
        "q11",
        "Dubai mobile-phone kiosk",
        ["rushed_upsell"],
        "phone protection plan, buy-two-get-one cables and a QR survey rattled off during a forty-dirham screen protector sale",
        [
            (U, "Screen protector for an iPhone fifteen, please."),
            (C, "Yes sir, the glass one is forty dirhams."),
            (U, "Okay."),
            (
                C,
                "Sir, you want our phone protection plan also? If the phone breaks, we replace, twenty dirhams monthly only.",
                RR,
            ),
            (U, "No.", R),
            (C, "Cables are buy two get one free today, take three: car, office, home.", R),
            (U, "I'm fine.", R),
            (
                C,
                "And please scan this QR and fill a small survey, you get five dirhams off next time.",
                R,
            ),
            (U, "Later.", R),
            (C, "Forty dirhams, sir. Apple Pay?"),
            (U, "Yeah."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Abu Dhabi pharmacy",
        [],
        "not gossip: warm chat only about the customer's baby and her trip home; no third-party drama, one product suggestion",
        [
            (U, "Hi, I need something for teething, my son is cutting his first tooth."),
            (C, "Oh, bless him. How old is he, ma'am?"),
            (U, "Seven months. He kept us up the whole night."),
            (
                C,
                "That's the hardest part. This gel is sugar-free and safe from four months, you rub a little on the gums.",
            ),
            (U, "Brilliant, thank you."),
            (C, "Are you staying here for the summer, or going back to the UK when it gets hot?"),
            (U, "We fly to Leeds in July. His grandparents haven't met him yet."),
            (C, "Oh, they will be so happy. Long flight with a baby, but he'll sleep, inshallah."),
            (U, "Fingers crossed. How much is it?"),
            (C, "Thirty-two dirhams, ma'am."),
            (U, "Here you are."),
            (C, "Thank you, and I hope he lets you sleep tonight."),
        ],
    ),
    (
        "q13",
        "Abu Dhabi mall electronics store",
        [],
        "not gossip: a colleague is named because he will install the software, and the manager is praised for honouring the old price",
        [
            (U, "Hello, does this laptop come with an Arabic keyboard or English only?"),
            (C, "Both, sir, the keys have Arabic and English printed."),
            (U, "Good. And can someone install Office for me? I'm not good with these things."),
            (
                C,
                "Yes, my colleague Sanjay at the service desk will do it, he's very quick, maybe twenty minutes.",
            ),
            (
                C,
                "He set up all the laptops for a school order last week, a hundred pieces, not one complaint.",
            ),
            (U, "Excellent."),
            (
                C,
                "Also sir, our manager Mr. Tariq approved the old price for you; the new price starts tomorrow. He's very fair with customers.",
            ),
            (U, "That's kind of him, please thank him for me."),
            (C, "I will, sir. Total two thousand four hundred ninety-nine."),
            (U, "Can I pay half cash, half card?"),
            (C, "Yes, no problem. Cash first, please."),
            (U, "Here, one thousand."),
        ],
    ),
    (
        "q14",
        "Dubai laundry counter",
        [],
        "not gossip: the customer gossips about neighbours in her building; the cashier declines to engage and returns to the order",
        [
            (U, "Morning. Dropping off these curtains and the duvet."),
            (C, "Good morning ma'am. Curtains dry clean, duvet wash, okay?"),
            (
                U,
                "Yes. Did you hear about the couple in twelve-oh-four? Apparently the police came last night.",
            ),
            (C, "I don't know, ma'am, I'm only in the shop all day."),
            (
                U,
                "Everyone in the building says he hasn't paid rent for months and she's gone back to Beirut.",
            ),
            (C, "Hmm. For the duvet, normal wash or with fragrance?"),
            (U, "Fragrance. You must hear everything down here, though."),
            (C, "Honestly ma'am, people's business is their business. I just wash the clothes."),
            (U, "Fair enough, fair enough."),
            (C, "Ready on Thursday after four. Total ninety-five dirhams."),
            (U, "Put it on my account, please."),
            (C, "Done, ma'am. Here is your slip."),
        ],
    ),
    (
        "q15",
        "Abu Dhabi bakery",
        [],
        "not a repeat: the cashier reads the whole pre-order back once to confirm it, then asks new questions",
        [
            (
                U,
                "Hi, I want to order for tomorrow. Three dozen cheese fatayer, two dozen zaatar manakish and one chocolate cake, medium size.",
            ),
            (C, "Okay sir. For what time tomorrow?"),
            (U, "Eleven in the morning, it's for an office party."),
            (C, "Nice. On the cake, you want any writing?"),
            (U, "Yes, 'Congratulations Ahmed', in blue."),
            (
                C,
                "Okay, let me read it back. Three dozen cheese fatayer, two dozen zaatar manakish, one medium chocolate cake with 'Congratulations Ahmed' in blue, pickup tomorrow at eleven. Correct?",
            ),
            (U, "Yes, perfect."),
            (C, "Name and mobile number, please?"),
            (U, "Omar. Zero five zero, seven seven one, two two four six."),
            (C, "Thank you, Mr. Omar. Fifty percent advance, so one hundred ten dirhams."),
            (U, "Here."),
            (C, "Shukran. See you tomorrow, inshallah."),
        ],
    ),
    (
        "q16",
        "Dubai supermarket",
        [],
        "not a repeat: payment question repeated only after the customer says 'sorry?' over the noise; separate-bag questions are about different items",
        [
            (C, "Evening, sir. Paying by card or cash today?"),
            (U, "Sorry? It's very loud in here."),
            (C, "Card or cash, sir?"),
            (U, "Card."),
            (C, "Okay. You want the tomatoes in a separate bag?"),
            (U, "Yes, please."),
            (C, "And the chicken, separate bag also?"),
            (U, "Yes, put it with the fish."),
            (C, "Is the watermelon yours too, or the lady behind you?"),
            (U, "Mine."),
            (C, "Ninety-one dirhams seventy-five. Tap here, sir."),
            (U, "Done."),
            (C, "Thank you, have a good night."),
        ],
    ),
    (
        "q17",
        "Dubai pharmacy",
        [],
        "not rushed: one after-sun suggestion tailored to a husband who burns, bag and receipt asked separately in an unhurried chat",
        [
            (U, "Hello, I need sunscreen. We're going to Jebel Jais on Friday for hiking."),
            (C, "Nice, ma'am. Up the mountain the sun is very strong, even if it feels cool."),
            (U, "That's what worries me, my husband burns like anything."),
            (
                C,
                "For hiking I'd take this one, SPF fifty, sweat resistant. And since he burns easily, maybe this small after-sun gel too, it's aloe, very soothing.",
            ),
            (U, "Oh, good idea, I'll take both."),
            (C, "You're going early morning?"),
            (U, "Yes, leaving at five, inshallah."),
            (C, "Good, it's cooler then. Take lots of water."),
            (C, "Do you need a bag, ma'am?", {"pause": 3.0}),
            (U, "No, it fits in my handbag."),
            (C, "Seventy-eight dirhams. You want the receipt?", {"pause": 4.0}),
            (U, "No, it's fine. Thanks."),
            (C, "Enjoy the trip."),
        ],
    ),
    (
        "q18",
        "Abu Dhabi laundry counter",
        [],
        "not rushed: a weekly package is mentioned early and the pickup app only at the end, with a long relaxed chat about Kerala in between",
        [
            (
                U,
                "Hi, two suits for dry cleaning, and this shirt has a coffee stain. Happened in the car this morning, classic.",
            ),
            (C, "Happens to everybody, sir. Let me see. Coffee comes out, no problem."),
            (
                C,
                "By the way, we have a monthly package, twelve suits for three hundred. If you come every week it works out cheaper.",
            ),
            (U, "Maybe. I'm not here every week, I'll think about it."),
            (C, "No problem, sir, no pressure."),
            (U, "Are you open on Friday?", {"pause": 5.0}),
            (C, "Friday from two o'clock, after prayer."),
            (
                U,
                "Good, I'll collect on Saturday then. Are you from Kerala? My driver is from Kollam.",
            ),
            (C, "Yes sir, Thrissur! Not so far from Kollam. You know Kerala?"),
            (U, "We went to Munnar last year with the kids. Beautiful place."),
            (
                C,
                "Very beautiful, sir, the tea gardens in the rain, nothing like it.",
                {"pause": 2.0},
            ),
            (
                C,
                "Okay, total one hundred five. And if you like, we have an app now, we pick up from your building, free above one hundred.",
                {"pause": 6.0},
            ),
            (U, "Oh, that's handy. I'll have a look."),
            (C, "Thank you sir, see you Saturday."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout197", HELDOUT197, 1971)
