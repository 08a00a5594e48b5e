# ruff: noqa: E501
"""Build the coach's held-out set 186: written by writer-186 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Philippine English:
"ma'am", "sir", "po", "ate", "kuya", "for a while" for wait, no whole sentences in
Tagalog or Cebuano): tills in Manila and Cebu: a 24-hour convenience store, a
pharmacy, a neighbourhood bakery, a mall phone shop, a hardware store and a
fast-food counter. The cashier sometimes speaks twice in a row.

Mix: 4 gossip (a previous customer's husband's mistress, the branch manager's
padded receipts, a colleague's online-selling scam, the cashier's neighbour's
cockfighting debts), 4 repeated_question (dine in or take out, cake size, how many
pieces, the member card re-asked as a short "with the card, ma'am?"), 3
rushed_upsell, and 7 hard "not" cases: warm chat about the customer's own
wedding trip; a colleague named for plumbing know-how and the manager praised; a
customer gossips while the cashier deflects; a "sorry?" re-ask plus an order read
back to confirm; different pharmacy questions of the same shape; one tailored
phone-case recommendation with routine bag/receipt questions; two offers far
apart in a relaxed bakery visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT186 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Cebu convenience store",
        ["gossip"],
        "cashier tells the next customer that the previous customer's husband keeps a young girlfriend",
        [
            (C, "Good evening, ma'am. Just the two waters and the bread?"),
            (U, "Yes, and one Piattos."),
            (C, "Okay, ma'am."),
            (
                C,
                "Ma'am, did you notice the lady before you? The one wearing big sunglasses even at night?",
            ),
            (U, "Not really."),
            (
                C,
                "Her husband has a girlfriend, ma'am, a young one from a call center in IT Park. The whole street knows already, only she doesn't.",
            ),
            (
                C,
                "Last week the girlfriend even came here to buy load and paid with the husband's wallet. So shameless, right?",
            ),
            (U, "Hm. How much is it?"),
            (C, "One hundred twelve, ma'am. I really pity the wife, she's so nice pa naman."),
            (U, "Here's two hundred."),
            (C, "Eighty-eight is your change. Ingat, ma'am."),
        ],
    ),
    (
        "q02",
        "Manila pharmacy",
        ["gossip"],
        "cashier accuses the branch manager of faking and padding his expense receipts",
        [
            (C, "Next po. Good morning, sir."),
            (U, "Good morning. Losartan fifty milligrams, one box. Here's the prescription."),
            (C, "Okay sir, for a while, I'll get it from the back."),
            (
                C,
                "Here it is, sir. Sorry it took long, we're short of people again.",
                {"pause": 25.0},
            ),
            (U, "That's fine."),
            (
                C,
                "Our branch manager won't hire anyone, sir, but he claims taxi and merienda for seminars that never happened. He makes the receipts himself.",
            ),
            (U, "Oh."),
            (
                C,
                "Even his gas, he writes bigger amounts on the receipts, then the extra goes to his pocket. The auditor hasn't caught him yet.",
            ),
            (C, "Anyway, that's four hundred sixty-five, sir."),
            (U, "Card, please."),
            (C, "Just tap here, sir."),
            (U, "Thanks."),
        ],
    ),
    (
        "q03",
        "Manila mall phone shop",
        ["gossip"],
        "cashier tells a customer that a colleague scams buyers through her online selling",
        [
            (U, "Hi, do you have tempered glass for the Redmi Note 13?"),
            (C, "Yes sir, we have. Matte or clear?"),
            (U, "Clear."),
            (C, "Okay sir, for a while, I'll install it for you."),
            (
                C,
                "You know sir, my co-staff here, the one on day off today, she sells phones on Facebook Marketplace but she never sends the items. Three buyers already came here looking for her.",
            ),
            (U, "Really."),
            (
                C,
                "She takes the down payment, then she blocks them. One guy from Pasig even brought a barangay tanod here. And she's still posting, now using her cousin's account.",
            ),
            (U, "Wow. How much for the glass?"),
            (C, "Two ninety-nine, sir, installation included."),
            (U, "Here."),
            (C, "Thank you sir, here's your receipt."),
        ],
    ),
    (
        "q04",
        "Cebu hardware store",
        ["gossip"],
        "cashier overshares about his own neighbour's cockfighting debts and the collectors at his house",
        [
            (U, "Boss, one box of two-inch nails and a gallon of white paint."),
            (C, "Okay sir. Boysen or Davies?"),
            (U, "Boysen."),
            (C, "Painting the house, sir?"),
            (U, "Just the gate."),
            (
                C,
                "Ah. My neighbour should also paint his gate, but he sold half his things already because of sabong.",
            ),
            (
                C,
                "He owes everybody on our street, sir. Twenty thousand at the sari-sari store, and he borrowed from my mother and never paid back. Every Sunday he's at the cockpit.",
            ),
            (U, "Hm."),
            (
                C,
                "Last night the collectors came to his house and his wife was crying outside. The whole street heard.",
            ),
            (U, "How much is all of it?"),
            (C, "Eight hundred forty, sir."),
            (U, "Here's one thousand."),
            (C, "One sixty change. Thank you, boss."),
        ],
    ),
    # ------------------------------------------------------- repeated_question
    (
        "q05",
        "Manila fast-food counter",
        ["repeated_question"],
        "after small talk about the son's recognition day, cashier asks again in other words whether it is dine in",
        [
            (C, "Welcome, ma'am. Dine in or take out?"),
            (U, "Dine in."),
            (C, "What will you have, ma'am?"),
            (U, "One chicken with rice, and a spaghetti for my son."),
            (C, "Drinks, ma'am?"),
            (U, "Two iced teas."),
            (C, "Your son is so behaved, ma'am. How old is he?"),
            (U, "Five. He just had his recognition day this morning."),
            (C, "Wow, congrats po! He got a medal?"),
            (U, "Yes, with honors."),
            (C, "Galing! Okay ma'am, will you be eating here, or is this to go?"),
            (U, "Here. I said dine in."),
            (C, "Ah, okay ma'am. Three hundred five po."),
        ],
    ),
    (
        "q06",
        "Cebu bakery",
        ["repeated_question"],
        "cashier asks the cake size, chats about the grandmother's birthday, then asks again how big the cake should be",
        [
            (U, "Good morning. I'd like to order a mango cake."),
            (C, "Good morning, ma'am! Which size, the six-inch or the eight-inch?"),
            (U, "The eight-inch."),
            (C, "Okay ma'am. What's the occasion?"),
            (U, "My lola's birthday, she's turning ninety."),
            (C, "Ninety! She's so strong. Is there a party?"),
            (U, "Just a small one at the house in Talamban."),
            (C, "That's nice, ma'am. You want a greeting written on it?"),
            (U, "Yes, 'Happy 90th, Lola Caring.'"),
            (C, "Noted. And ma'am, how big do you want it, the small one or the bigger one?"),
            (U, "The eight-inch, like I told you."),
            (C, "Ah yes, sorry. Nine hundred fifty, ma'am."),
        ],
    ),
    (
        "q07",
        "Cebu fast-food counter",
        ["repeated_question"],
        "customer orders eight pieces; after chat about the rain the cashier asks again how many pieces",
        [
            (U, "Kuya, one bucket of chicken, the eight pieces."),
            (C, "Eight pieces, okay sir. Original or spicy?"),
            (U, "Half and half, if possible."),
            (C, "Can do, sir. With rice?"),
            (U, "Four rice."),
            (C, "Sir, is it raining already? Your shirt is all wet."),
            (U, "Just drizzling. The jeep was full so I walked from Colon."),
            (C, "Ay, sorry sir. You can sit for a while, there's a free table there."),
            (U, "It's okay, I'll bring it home."),
            (C, "Okay sir. So how many pieces of chicken was it again?"),
            (U, "Eight."),
            (C, "Eight, okay. Seven hundred twenty, sir."),
        ],
    ),
    (
        "q08",
        "Cebu pharmacy",
        ["repeated_question"],
        "customer hands over the member card early; after talk about the sick child the cashier asks 'with the card, ma'am?'",
        [
            (C, "Good evening, ma'am. Do you have our member card?"),
            (U, "Yes, I have. Wait, it's somewhere in my wallet."),
            (C, "Take your time, ma'am."),
            (U, "Here. Also, do you have paracetamol syrup for kids?"),
            (C, "Yes ma'am. The one-twenty or the two-fifty milligram?"),
            (U, "The one-twenty. My youngest has had a fever since last night."),
            (C, "Ay, poor baby. Lots of kids are sick now, it's the weather."),
            (U, "Yes, half of her class is absent."),
            (C, "Okay ma'am. With the card, ma'am?"),
            (U, "I gave it to you already, it's right there beside the register."),
            (C, "Oh, sorry ma'am. One eighty-five after the discount."),
        ],
    ),
    # ------------------------------------------------------------ rushed_upsell
    (
        "q09",
        "Manila fast-food counter",
        ["rushed_upsell"],
        "upsize, dessert, donation and app pushed back to back at a customer who only says no",
        [
            (U, "One burger steak, take out."),
            (
                C,
                "Okay ma'am, you want to upsize your drink and fries for only twenty pesos more?",
                RR,
            ),
            (U, "No.", R),
            (C, "Add a peach mango pie or sundae, ma'am? Buy one take one today.", R),
            (U, "No, thanks.", R),
            (C, "Would you like to donate five pesos for our feeding program for kids?", R),
            (U, "Not now.", R),
            (C, "And ma'am, do you have our app? You earn points with this order.", R),
            (U, "Just the burger steak, please."),
            (C, "Okay ma'am, ninety-nine pesos."),
        ],
    ),
    (
        "q10",
        "Cebu convenience store",
        ["rushed_upsell"],
        "rewards card, card sign-up, load promo and a round-up donation fired at a man buying one coffee",
        [
            (U, "Just this coffee."),
            (C, "Do you have our rewards card, sir?", RR),
            (U, "No.", R),
            (
                C,
                "You want to apply now? It's free, just fill up this form, you earn points every purchase.",
                R,
            ),
            (U, "Uh.", R),
            (
                C,
                "And sir, we have a load promo today, Globe fifty with extra data, you want to load now?",
                R,
            ),
            (U, "No.", R),
            (C, "Round up your change for the typhoon victims, sir?", R),
            (U, "Fine. How much?"),
            (C, "Forty-two, sir."),
        ],
    ),
    (
        "q11",
        "Manila mall phone shop",
        ["rushed_upsell"],
        "charger bundle, data promo, gadget club sign-up with email and phone insurance pushed in one breath",
        [
            (U, "I'll get this charging cable, the Type-C."),
            (
                C,
                "Sure ma'am. You want to add the fast-charger brick? Bundle price is three ninety-nine.",
                RR,
            ),
            (U, "No.", R),
            (
                C,
                "We also have a data promo, ma'am, fifty pesos unli data for one week with any purchase.",
                R,
            ),
            (U, "Hm.", R),
            (
                C,
                "And you want to join our Gadget Club, ma'am? Ten percent off next time, just your email and mobile number.",
                R,
            ),
            (U, "It's okay.", R),
            (C, "Last one, ma'am, phone insurance, only one forty-nine a month?", R),
            (U, "Just the cable."),
            (C, "Okay ma'am, two forty-nine."),
        ],
    ),
    # ---------------------------------------------------------------- not cases
    (
        "q12",
        "Manila bakery",
        [],
        "not gossip: warm chat about the customer's own daughter's wedding and his trip; nothing about third parties",
        [
            (U, "Good morning. Twenty pieces pandesal and two ensaymada."),
            (C, "Good morning, sir! You're early today. Going somewhere?"),
            (U, "Yes, we're driving to Batangas. My daughter is getting married on Saturday."),
            (C, "Wow, congratulations, sir! You must be so proud."),
            (U, "Very proud. Also very broke."),
            (C, "Haha, that's normal for the father of the bride. Where's the reception?"),
            (U, "A garden place in Lipa. She picked everything herself."),
            (C, "She has good taste then, like her father. Here's your pandesal, still hot."),
            (C, "And the ensaymada I put in a box so it won't get squished in the car."),
            (U, "That's thoughtful, thank you."),
            (C, "One hundred ninety, sir. Safe trip, and congrats again to the couple."),
        ],
    ),
    (
        "q13",
        "Manila hardware store",
        [],
        "not gossip: a colleague named for his plumbing know-how and the manager praised for training the staff",
        [
            (U, "Miss, I need the fitting that connects this PVC to the faucet."),
            (
                C,
                "Ah, that's a half-inch adapter, sir. Let me ask Kuya Jun, he handles plumbing, he knows all the fittings.",
            ),
            (C, "Kuya Jun! Customer here for a PVC adapter."),
            (
                C,
                "Sir, Kuya Jun says this one, the male adapter. He says wrap it with Teflon tape so it won't leak.",
                {"pause": 40.0},
            ),
            (U, "Okay, I'll take one Teflon tape too. You people really know your stuff here."),
            (
                C,
                "Thank you, sir. Our manager, Ma'am Lorna, does a product training every month, so even I know a bit now.",
            ),
            (C, "Sixty-five for the adapter, twenty-five for the tape, ninety total."),
            (U, "Here's one hundred."),
            (
                C,
                "Ten is your change. If it still leaks, just bring it back and Kuya Jun will check it.",
            ),
            (U, "Thanks, miss."),
        ],
    ),
    (
        "q14",
        "Manila convenience store",
        [],
        "not gossip: the customer gossips about a guard and a married tenant; the cashier deflects back to the sale",
        [
            (
                U,
                "Ate, you know the guard from the building next door? I heard he's going out with the tenant in 4B, and she's married!",
            ),
            (C, "I don't know about that, ma'am. Just the noodles and the eggs?"),
            (U, "Yes. But seriously, her husband is working in Dubai. Poor guy."),
            (C, "I don't really know them, ma'am. You need a plastic, or you have your own bag?"),
            (U, "I have my eco bag. My kumare saw them at the mall holding hands."),
            (C, "Not my business, ma'am, hehe. Eighty-seven pesos po."),
            (U, "Here's one hundred."),
            (C, "Thirteen is your change. Ingat, ma'am."),
        ],
    ),
    (
        "q15",
        "Cebu fast-food counter",
        [],
        "not a repeat: the customer says 'sorry?' so the cashier asks again, and the order is read back to confirm it",
        [
            (C, "Good evening, sir, what's your order?"),
            (U, "Two pork sisig meals, one halo-halo, and a Coke."),
            (C, "Dine in or take out, sir?"),
            (U, "Sorry? It's so noisy here."),
            (C, "Will you eat here or take out, sir?"),
            (U, "Ah, take out."),
            (
                C,
                "So that's two pork sisig with rice, one halo-halo, one regular Coke, take out. Correct, sir?",
            ),
            (U, "Correct."),
            (C, "Three hundred seventy-eight, sir."),
            (C, "For a while on the halo-halo, it takes around five minutes."),
            (U, "No problem."),
        ],
    ),
    (
        "q16",
        "Manila pharmacy",
        [],
        "not a repeat: several different questions of the same shape (which kind, for whom, how many) each asked once",
        [
            (U, "Good afternoon. I need something for cough."),
            (C, "Is it dry cough or with phlegm, sir?"),
            (U, "With phlegm."),
            (C, "Is it for you or for a child?"),
            (U, "For me."),
            (C, "Then carbocisteine is good, sir. You prefer capsule or syrup?"),
            (U, "Capsule."),
            (C, "How many days have you had it?"),
            (U, "About four days."),
            (
                C,
                "How many capsules do you want, sir? It's three a day for one week, so twenty-one.",
            ),
            (U, "Twenty-one then."),
            (C, "If it's still there after a week, please see a doctor, ha."),
            (C, "That's one sixty-eight, sir."),
        ],
    ),
    (
        "q17",
        "Cebu mall phone shop",
        [],
        "not rushed: one case recommended because the customer keeps dropping phones, then routine payment, bag and receipt spread out",
        [
            (U, "Hi, I'm getting this Samsung A15, the blue one."),
            (C, "Good choice, sir. For you or a gift?"),
            (U, "For me. My old one fell in the toilet. Third phone this year, I'm so clumsy."),
            (
                C,
                "Oh no, sir! Since your phones fall a lot, maybe get the shockproof case, the one with thick corners. Three ninety-five. Only if you want.",
            ),
            (U, "Actually, that makes sense. The black one."),
            (C, "Okay sir. Let me test the unit first so you can see it's working."),
            (U, "Sure."),
            (
                C,
                "All good, sir. Nine thousand three ninety-five total. Cash or card?",
                {"pause": 20.0},
            ),
            (U, "Card."),
            (C, "You need a paper bag, sir, or you'll put it in your backpack?", {"pause": 12.0}),
            (U, "Paper bag is fine."),
            (
                C,
                "And here's your receipt. Keep it for the warranty, that's one year.",
                {"pause": 10.0},
            ),
            (U, "Thanks."),
        ],
    ),
    (
        "q18",
        "Cebu bakery",
        [],
        "not rushed: a suki card offered at the start and a new bread offered much later in a relaxed chat about the flood",
        [
            (C, "Good morning, ma'am! The usual?"),
            (U, "Yes, ten pandesal and the ube loaf. And one cheese roll for my neighbour's kid."),
            (
                C,
                "Okay ma'am. By the way, we have a suki card now. Every ten purchases you get one free loaf. You want one?",
            ),
            (U, "Sure, why not."),
            (C, "Here, I'll stamp it already."),
            (U, "The rain last night, grabe. Our street flooded up to the knee.", {"pause": 8.0}),
            (C, "Ay, in Mabolo also? Are you okay, ma'am?"),
            (U, "We're fine, we just moved the motorcycle to the higher part."),
            (C, "Good thing. Stay dry, ma'am."),
            (
                C,
                "Ma'am, before I forget, we have the new pan de coco, ten pesos each, just out of the oven. Want to try?",
                {"pause": 35.0},
            ),
            (U, "Okay, give me two."),
            (C, "Here, ma'am. One hundred thirty-five total."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout186", HELDOUT186, 1861)
