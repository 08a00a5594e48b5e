# ruff: noqa: E501
"""Build the coach's held-out set 194: written by writer-194 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Toronto multicultural
English: "ahlie", "wallahi", "mans", "ting", "bare", "fam", "eh"): counters in the
Toronto suburbs of Brampton, Scarborough and Mississauga, namely a Tim Hortons-style
coffee counter, a South Asian sweet shop, a pharmacy, a Caribbean roti shop, a
hardware store and a phone store. The cashier sometimes speaks twice in a row.

Mix: 4 gossip (a previous customer's immigration fraud, the pharmacist's affair with
a drug rep, the franchise owner's cash payroll, the cashier's own cousin's
arranged-marriage scandal), 4 repeated_question (double-double or black, how many
rotis, which phone plan, whether it's a gift, that last one right after the customer's
long story), 3 rushed_upsell (combo upgrade, rewards app, charity toonie, protection
plan, store credit card, bundles, loyalty capture fired back to back), and 7 hard
"not" cases: warm chat about the customer's own wedding plans; a colleague praised and
the manager named for work reasons; the customer gossips while the cashier deflects;
an office order read back to confirm it; a "sorry, didn't catch that" re-ask plus
different questions of the same shape; one tailored recommendation with the routine
bag and receipt questions; two offers far apart in a relaxed repair visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT194 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Brampton phone store",
        ["gossip"],
        "cashier tells the customer the previous customer is in a paid fake marriage for his PR",
        [
            (C, "Next! Hey boss, what can I do for you?"),
            (U, "My screen protector's cracked. I just need a new one for a 14 Pro."),
            (C, "Say less, we got those. Regular tempered glass or the privacy one?"),
            (U, "Just the regular."),
            (C, "Bet. Yo, you saw the guy who was in before you? With the Gucci side bag?"),
            (U, "Kinda, yeah."),
            (
                C,
                "Mans is doing a whole fake marriage ting for his PR, wallahi. His so-called wife came in last month to add him to her plan and she didn't even know his birthday.",
            ),
            (
                C,
                "And he's paying her monthly, my boy from the gurdwara told me. Bare people know. Immigration's gonna catch him one day, watch.",
            ),
            (U, "Damn. Okay. How much is the glass?"),
            (C, "Twenty-nine ninety-nine. I'll put it on for you right now."),
            (U, "Appreciate it, fam."),
        ],
    ),
    (
        "q02",
        "Mississauga pharmacy",
        ["gossip"],
        "cashier tells a customer collecting a prescription that the pharmacist is having an affair with a married drug rep",
        [
            (C, "Hi there, picking up today?"),
            (U, "Yes, for Lakshmi Raman. It should be ready."),
            (
                C,
                "One sec. Yep, here it is, the amoxicillin for your son. The counselling note's already done, so you're all set.",
            ),
            (U, "Great, thank you."),
            (
                C,
                "Sorry about the wait, by the way. Deborah's been in the back with the Pfizer rep for forty minutes again.",
            ),
            (U, "Oh, no problem."),
            (
                C,
                "Between you and me? Nobody needs forty minutes to drop off samples. They've been a thing since the Christmas party. His wedding ring comes off the second he walks in, I swear.",
            ),
            (
                C,
                "And her husband picks her up every Friday, no clue. It's so awkward back there, honestly.",
            ),
            (U, "Um. Okay. Do I owe anything?"),
            (C, "Nope, your plan covers it. Have a good one!"),
        ],
    ),
    (
        "q03",
        "Scarborough coffee counter",
        ["gossip"],
        "cashier tells a regular the franchise owner pays new staff cash under the table to dodge the taxman",
        [
            (C, "Morning! What're we having?"),
            (U, "Medium steeped tea, two milk, and an everything bagel, toasted with butter."),
            (C, "Coming right up."),
            (U, "Busy this morning, eh?"),
            (
                C,
                "Always. And we're short again. Nobody stays since Sunny, the owner, started paying the new girls cash under the table.",
            ),
            (
                C,
                "Like eleven bucks an hour, no stubs, nothing. He's got three of his nephew's friends down as volunteers too, ahlie. Man is hiding from the CRA so hard, it's wild.",
            ),
            (U, "Oh wow."),
            (C, "Yeah, and then he pulls up in a brand new Range Rover. Make it make sense."),
            (U, "Ha. Okay, what do I owe you?"),
            (C, "Five sixty-three. Tap whenever you're ready."),
        ],
    ),
    (
        "q04",
        "Brampton South Asian sweet shop",
        ["gossip"],
        "cashier overshares her own family's drama: her cousin ran off before an arranged engagement and the families are feuding",
        [
            (U, "Hi auntie, can I get a box of kaju katli and half a kilo of motichoor ladoo?"),
            (C, "Yes beta. For Diwali?"),
            (U, "For my in-laws. We're visiting them Sunday."),
            (
                C,
                "Very nice. You know, my own cousin's rishta just fell apart last week. Such a drama.",
            ),
            (
                C,
                "The boy's family came all the way from New Jersey, everything was fixed, and two days before the engagement she ran off with her college boyfriend. Her father won't even come out of the house. And the boy's mother is phoning everyone saying we hid it from them.",
            ),
            (U, "Oh no. That's a lot."),
            (C, "I'm telling you, half of Brampton knows now. My mother is crying every day."),
            (U, "Sorry to hear that. So the katli and the ladoo, how much?"),
            (C, "Thirty-two fifty. I put two extra ladoo for the kids."),
            (U, "Thank you, auntie."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Mississauga coffee counter",
        ["repeated_question"],
        "customer says black (off sugar) and the cashier, after small talk about it, asks again how he wants it fixed",
        [
            (C, "Hey, welcome in! What can I get started for you?"),
            (U, "Large coffee, please."),
            (C, "Double-double or black?"),
            (U, "Black. I'm off sugar, doctor's orders."),
            (C, "Oh yeah? Good on you, that's tough."),
            (U, "Tell me about it. Three weeks now. My wife's been hiding the Timbits from me."),
            (C, "Ha, she's looking out for you. Anything to eat with that?"),
            (U, "Nah, just the coffee."),
            (C, "Cool. And how'd you want it fixed up, cream and sugar?"),
            (U, "Black, like I said, fam."),
            (C, "Oh right, my bad. Two nineteen."),
        ],
    ),
    (
        "q06",
        "Scarborough Caribbean roti shop",
        ["repeated_question"],
        "cashier confirms four goat rotis, chats about the customer's visiting cousins, then asks how many rotis again",
        [
            (C, "Yes, boss, what you having today?"),
            (U, "Lemme get four goat rotis, boneless, and two doubles."),
            (C, "Four goat, two doubles. Pepper?"),
            (U, "Medium on the rotis, slight on the doubles."),
            (C, "Alright. You feeding a whole crew today or what?"),
            (U, "Man, my cousins are up from Montreal, bare of them sleeping on my couch."),
            (C, "Ha, that's love still."),
            (C, "So how many rotis we doing for you?"),
            (U, "Four. Goat. Boneless."),
            (C, "Right, right. Twenty minutes, that cool?"),
            (U, "Yeah, I'll wait."),
        ],
    ),
    (
        "q07",
        "Mississauga phone store",
        ["repeated_question"],
        "customer names the sixty-gig plan up front; after small talk about the neighbourhood the cashier asks which plan they want",
        [
            (C, "Hey, welcome in. Looking at plans today?"),
            (
                U,
                "Yeah, switching over from Rogers. I want the sixty-gig one, the fifty-five a month.",
            ),
            (C, "Solid choice. Bringing your own phone or getting a device?"),
            (U, "Keeping mine, it's paid off."),
            (C, "Nice. Let me pull up the transfer. You live around here?"),
            (U, "Just off Eglinton and Hurontario."),
            (C, "Oh, I know that plaza. The shawarma spot there is fire."),
            (U, "Facts."),
            (C, "Okay, so which plan were you thinking of going with today?"),
            (U, "The sixty-gig. Fifty-five."),
            (C, "Sixty gig, got it. I'll need your Rogers account number."),
        ],
    ),
    (
        "q08",
        "Brampton hardware store",
        ["repeated_question"],
        "customer says the drill is a gift for his dad, tells a long story about the old drill, and the cashier immediately asks if it's a gift",
        [
            (C, "Hi! Find everything alright?"),
            (U, "Yeah, just this drill."),
            (C, "Is it for you, or is it a gift?"),
            (U, "Gift. My dad's turning seventy."),
            (C, "Oh nice, happy birthday to him."),
            (
                U,
                "Thanks. Honestly, he's had the same corded drill since we moved here in ninety-eight. Built the whole deck with it, the shed, my sister's bunk beds. Last month it started smoking in the garage and he still tried to finish the fence with it. My mom had to go unplug it on him. So I figured, it's time.",
            ),
            (C, "Is this one going to be a present, or is it for yourself?"),
            (U, "It's for my dad. The present."),
            (C, "Oh yeah, sorry. I'll throw a gift receipt in. A hundred forty-nine plus tax."),
            (U, "Tap."),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Brampton coffee counter",
        ["rushed_upsell"],
        "combo upgrade, rewards app and charity toonie fired back to back at a customer answering in single words",
        [
            (C, "Hi, what can I get you?"),
            (U, "Small double-double."),
            (C, "Wanna make that a combo with a breakfast sandwich for two bucks more?", RR),
            (U, "No.", R),
            (
                C,
                "You got our app? You'd get a free drink after this one, takes two secs to sign up.",
                R,
            ),
            (U, "Nah.", R),
            (C, "And would you like to add a toonie for camp day for the kids?", R),
            (U, "Uh, no, I'm good.", R),
            (C, "Okay, one seventy-nine."),
            (U, "Here."),
        ],
    ),
    (
        "q10",
        "Scarborough phone store",
        ["rushed_upsell"],
        "protection plan, store credit card, accessory bundle and rewards sign-up pushed in a burst at a customer collecting a phone",
        [
            (U, "Hi, I'm picking up the Pixel I ordered. Under Ahmed."),
            (C, "Got it right here."),
            (
                C,
                "Want device protection on that? Fifteen a month, covers cracked screens, water, everything.",
                RR,
            ),
            (U, "No thanks.", R),
            (
                C,
                "We've also got the store Mastercard, you'd get a hundred back on this phone, I can run the application right now.",
                R,
            ),
            (U, "No.", R),
            (C, "Case and glass bundle's forty percent off, today only?", R),
            (U, "Mm-mm.", R),
            (C, "And rewards? Just need your email.", R),
            (U, "I just want the phone, bro."),
            (C, "Fair. Sign here."),
        ],
    ),
    (
        "q11",
        "Mississauga hardware store",
        ["rushed_upsell"],
        "credit card, hospital round-up, loyalty number capture and a caulking gun special rattled off at a customer buying two items",
        [
            (C, "Morning. Just the caulking and the tape?"),
            (U, "Yep."),
            (
                C,
                "If you open a store card today you save fifteen percent on this, takes five minutes.",
                RR,
            ),
            (U, "Nah.", R),
            (C, "Would you like to round up for the children's hospital?", R),
            (U, "Not today.", R),
            (
                C,
                "Got a loyalty number? I can set you up with one, I just need your phone number.",
                R,
            ),
            (U, "No.", R),
            (C, "Caulking gun's on special too, nine ninety-nine.", R),
            (U, "Just ring it up, boss."),
            (C, "Twelve eighty-four."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Brampton South Asian sweet shop",
        [],
        "not gossip: warm chat about the customer's own daughter's wedding while taking a mithai order; different questions, one deposit",
        [
            (C, "Sat sri akal! What can I get for you today?"),
            (U, "Hi! I need to order sweets for my daughter's wedding next month."),
            (C, "Oh, congratulations! Big wedding?"),
            (U, "Four hundred people, at the banquet hall on Steeles."),
            (C, "Wow, she must be so excited. Is there a sangeet too?"),
            (U, "Sangeet on Friday, wedding Saturday. I'm running around like crazy."),
            (C, "You'll be dancing all night, I know it."),
            (C, "So for four hundred, I'd say mixed mithai boxes, maybe twelve kilos?"),
            (U, "Let's do fifteen, my family eats bare sweets."),
            (C, "Ha, smart. I'll write it down for the twentieth. The deposit is a hundred today."),
            (U, "Here's my card."),
            (C, "Done. Congratulations again, give her our blessings."),
        ],
    ),
    (
        "q13",
        "Scarborough hardware store",
        [],
        "not gossip: a colleague is praised and sent for in a plumbing context, the manager named only to approve a price match",
        [
            (
                U,
                "Hey, I need something to connect PEX to this old copper pipe. No clue what it's called.",
            ),
            (
                C,
                "Oh, that's a transition fitting. Honestly, Marcus in plumbing is your guy, he knows this stuff inside out.",
            ),
            (C, "He's in aisle twelve today. Tell him Priya sent you."),
            (U, "Cool, thanks."),
            (
                U,
                "Okay, got it. He was super helpful, he grabbed me the crimp rings too.",
                {"pause": 60.0},
            ),
            (
                C,
                "Told you. Dave, our manager, had him run the plumbing workshop last Saturday, it was packed.",
            ),
            (C, "So that's the adapter and the rings, twenty-six forty."),
            (U, "Do you guys price match? The other place has the adapter cheaper."),
            (C, "We do. Let me get Dave to approve it, one sec."),
            (C, "Okay, he approved it. Twenty-two ten now.", {"pause": 20.0}),
            (U, "Nice, thanks."),
        ],
    ),
    (
        "q14",
        "Brampton Caribbean roti shop",
        [],
        "not gossip: the customer spreads gossip about the barber next door and the cashier refuses to engage, staying on the order",
        [
            (C, "Hey, welcome! What you having?"),
            (
                U,
                "One chicken roti and a sorrel. Yo, you hear about Kevon from the barbershop next door?",
            ),
            (C, "Nah. Chicken with potato?"),
            (
                U,
                "Yeah, with potato. Apparently he got caught with his baby mother's sister. The whole plaza knows.",
            ),
            (C, "Not my business, fam, I just make the roti. You want pepper?"),
            (
                U,
                "Hot. But for real, his girl smashed up his car in the parking lot, you didn't see?",
            ),
            (C, "I been in the back all day, I don't get into all that. Sorrel, large or small?"),
            (U, "Large."),
            (C, "Fourteen fifty. Give me like ten minutes."),
        ],
    ),
    (
        "q15",
        "Mississauga coffee counter",
        [],
        "not a repeat: the cashier reads a big office order back to confirm it, and the follow-up questions are new",
        [
            (U, "Okay, I got a big one for the office. You ready?"),
            (C, "Go for it."),
            (
                U,
                "Three medium double-doubles, one large black, two steeped teas with one milk, and a box of forty Timbits.",
            ),
            (
                C,
                "Okay, reading that back: three medium double-doubles, one large black, two medium steeped teas with one milk each, and a forty-pack. That right?",
            ),
            (U, "Teas are large, my bad."),
            (C, "Large teas, got it. Any particular Timbits, or assorted?"),
            (U, "Assorted's fine. Just no sour cream glazed, my boss hates those."),
            (C, "Assorted, no sour cream glazed. Twenty-eight forty-five."),
            (U, "Tap."),
            (C, "There you go. I'll grab you a tray for the drinks."),
        ],
    ),
    (
        "q16",
        "Scarborough Caribbean roti shop",
        [],
        "not a repeat: parallel questions for two different rotis, and one re-ask because the customer's answer was lost under the music",
        [
            (C, "Hi, what can I get for you?"),
            (U, "Two rotis, please."),
            (C, "What you want in the first one?"),
            (U, "Goat."),
            (C, "And the second one?"),
            (U, "Shrimp."),
            (C, "Pepper on the goat?"),
            (U, "Medium."),
            (C, "And on the shrimp?"),
            (U, "None for that one, it's for my daughter."),
            (C, "Eating here or taking it home?"),
            (U, "Mm, home."),
            (C, "Sorry, didn't catch that, the soca's loud. Here or to go?"),
            (U, "To go!"),
        ],
    ),
    (
        "q17",
        "Brampton pharmacy",
        [],
        "not rushed: one tailored suggestion for a child's stuffy nose, with the bag and receipt questions spread through a relaxed chat",
        [
            (C, "Hi, how can I help?"),
            (U, "Hi, just these, the kids' Tylenol and the tissues. My little one has a bad cold."),
            (C, "Aw, poor thing. How old is she?"),
            (U, "Four. She's so stuffed up she can't sleep."),
            (
                C,
                "If it's the stuffiness at night, a saline spray might help. The kids' one is gentle, it's just salt water. It's on the shelf right behind you, about eight bucks.",
            ),
            (U, "Oh, good idea, I'll grab one."),
            (C, "That's twenty-four thirty. Do you need a bag?", {"pause": 15.0}),
            (U, "Yes, please."),
            (C, "I hope she feels better soon. It's that time of year."),
            (U, "Tell me about it, half her daycare class is out."),
            (C, "Do you want the receipt, or are you okay without it?"),
            (U, "In the bag is fine."),
            (C, "Here you go. Take care, both of you."),
        ],
    ),
    (
        "q18",
        "Mississauga phone store",
        [],
        "not rushed: a relaxed free repair with one mention of a case and, much later, one mention of the rewards program",
        [
            (C, "Hey, welcome in. What brings you by?"),
            (U, "My mom's phone won't charge. It's this old Samsung."),
            (C, "Let me take a look. Ah, the port's packed with lint, see that?"),
            (C, "Give me a minute, I'll clean it out."),
            (C, "Okay, try it now.", {"pause": 45.0}),
            (U, "It's charging! Yo, thank you."),
            (
                C,
                "No worries. If she wants, there are cases with a little flap over the port that keeps the lint out. No pressure though.",
            ),
            (
                U,
                "Maybe next time. She keeps saying she wants a bigger screen anyway, her eyes aren't great.",
            ),
            (C, "Makes sense. Bring her by on a weekend and she can try a few in her hand."),
            (U, "For sure, I'll bring her Saturday. How much for today?"),
            (
                C,
                "Nothing, it was two minutes. Oh, and if you ever want, our rewards thing is free and gives points on repairs. Anyway, have a good one.",
                {"pause": 20.0},
            ),
            (U, "Thanks, man."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout194", HELDOUT194, 1941)
