# ruff: noqa: E501
"""Build the coach's held-out set 192: written by writer-192 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (normal case and punctuation, Midwestern African-American English:
"fam", "on God", "you good?", "finna", "lowkey", "bet"): counter staff on Chicago's
South Side and in Detroit, at a soul-food counter, a corner liquor store, a pharmacy,
a barbershop product counter, an auto-parts store and a bakery. The cashier sometimes
speaks twice in a row.

Mix: 4 gossip (a previous customer's baby-mama drama, the store owner's numbers
racket, a coworker's stolen-car ring, the cashier's own brother's custody case),
4 repeated_question (mild or hot sauce, how many wings with the number given both
times, which battery, cash or card), 3 rushed_upsell (wing-combo upgrade, rewards
card, text alerts, lottery and scratchers, round-up donations), 7 hard "not" cases
(warm chat about the customer's own family; a coworker and the manager named and
praised for a work reason; the customer gossips while the cashier deflects; an order
read back to confirm plus a customer repeating their own question; a "sorry?" re-ask
plus different questions of the same shape; one tailored recommendation with the
usual bag and receipt questions; two offers far apart in a relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT192 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Chicago soul-food counter",
        ["gossip"],
        "cashier tells a stranger about the last customer's baby mama, unpaid child support and a baby by his cousin",
        [
            (U, "Let me get the smothered pork chop, greens and candied yams."),
            (C, "Bet. Cornbread or a roll with that?"),
            (U, "Cornbread."),
            (C, "You see the dude that just walked out with the big bag? That's Tay."),
            (
                C,
                "His baby mama pulled up here last Friday and cussed him out in front of the whole line 'cause he ain't paid her nothing in four months.",
            ),
            (U, "Dang."),
            (
                C,
                "On God. And she got a new baby by his cousin now, so you know it's messy. That's why he be ordering for six people, tryna look like a big man.",
            ),
            (U, "Okay... how much I owe you?"),
            (C, "Fourteen seventy-five."),
            (U, "Here you go."),
        ],
    ),
    (
        "q02",
        "Detroit corner liquor store",
        ["gossip"],
        "cashier says the owner runs an illegal numbers game out the back office",
        [
            (U, "Pack of Newports and a Rock & Rye."),
            (C, "Lemme see your ID real quick, fam."),
            (U, "Here."),
            (C, "You good. Say, you ever wonder why Mr. Haddad never up front in the daytime?"),
            (U, "Not really."),
            (
                C,
                "He running numbers out the back office. Old heads come in, play they digits with him off the books, he been doing it since the nineties.",
            ),
            (
                C,
                "Lowkey he make more off that than the whole store. Police came sniffing around last summer and he ain't even blink.",
            ),
            (U, "That's wild. I'm just tryna get my stuff, though."),
            (C, "My bad, my bad. Twelve forty with tax."),
        ],
    ),
    (
        "q03",
        "Detroit auto-parts store",
        ["gossip"],
        "cashier accuses a coworker at the next register of running a stolen-car ring with his cousins",
        [
            (U, "I need a serpentine belt for a 2011 Impala, the 3.5."),
            (C, "Lemme look it up. Yep, we got it in the back, I'll grab it."),
            (
                C,
                "Real talk, you see Marcus on the other register? Don't buy nothing off him in the parking lot.",
            ),
            (U, "Why, what's up with him?"),
            (
                C,
                "He in a ring with his cousins. They be lifting Chargers off the east side and parting 'em out in a garage on Gratiot, and half them converters he be selling came off stolen cars.",
            ),
            (C, "Everybody in here know. The manager just act like he don't."),
            (U, "Man, I ain't tryna be in all that."),
            (C, "Yeah, yeah. Belt's thirty-two ninety-nine."),
            (U, "Card."),
        ],
    ),
    (
        "q04",
        "Chicago barbershop product counter",
        ["gossip"],
        "cashier overshares her brother's custody fight and trashes his ex to a customer buying pomade",
        [
            (U, "Y'all got the wave pomade? The one in the blue tin?"),
            (C, "Right here, top shelf. Just the one?"),
            (U, "Just the one."),
            (
                C,
                "Bet. Sorry I'm moving slow, I was at the Daley Center all morning with my brother.",
            ),
            (U, "Oh, everything okay?"),
            (
                C,
                "Girl, no. His ex tryna move the kids to Atlanta. She told the judge he be drinking, which, I mean, he do, but she got a new man every month.",
            ),
            (
                C,
                "And the judge gave her temporary custody. My mama been crying all week, don't nobody in my house sleep no more.",
            ),
            (U, "Dang, that's rough. I hope it works out."),
            (C, "Appreciate you. Nine dollars even."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Chicago soul-food counter",
        ["repeated_question"],
        "asks mild or hot again in other words after Sox small talk; customer already said mild",
        [
            (U, "Ten wings, lemon pepper wet, with fries."),
            (C, "Mild sauce or hot on the fries?"),
            (U, "Mild. Go light on it."),
            (C, "Bet. You coming from the game? I see the hat."),
            (U, "Yeah, they lost again, man."),
            (C, "Every year, fam. Every single year."),
            (U, "Tell me about it."),
            (C, "Aight, so what you want on them fries, the hot or the mild?"),
            (U, "I said mild. Light."),
            (C, "My fault. Sixteen fifty."),
        ],
    ),
    (
        "q06",
        "Detroit soul-food counter",
        ["repeated_question"],
        "asks how many wings again after weather talk; customer says eight both times",
        [
            (U, "Lemme get the wing dinner with mac and cheese."),
            (C, "How many wings you want, six, eight or twelve?"),
            (U, "Eight."),
            (C, "Flats, drums, or mixed?"),
            (U, "All flats if y'all got 'em."),
            (C, "We got you. It's brick out there today, huh?"),
            (U, "Man, that wind coming off the river is disrespectful."),
            (C, "For real. Okay, and how many pieces was you getting on the wings?"),
            (U, "Eight."),
            (C, "Bet, give me about ten minutes."),
        ],
    ),
    (
        "q07",
        "Detroit auto-parts store",
        ["repeated_question"],
        "asks again which battery after the customer picked the three-year one",
        [
            (U, "My battery dead. I need one for a 2014 Malibu."),
            (
                C,
                "Okay, two of 'em fit: the Gold with the three-year warranty, or the Platinum, five-year. Which one you want?",
            ),
            (U, "The Gold. I'm tryna keep it cheap."),
            (C, "Understood. We can put it in for you out front, no charge."),
            (U, "Yeah, that'd help, I ain't got no tools on me."),
            (
                C,
                "No problem. The old one, y'all bringing it back? Otherwise it's an eighteen-dollar core charge.",
            ),
            (U, "Y'all can just keep it when you swap it."),
            (C, "Perfect. So which battery we going with, the three-year or the five-year?"),
            (U, "Bro, the Gold. The three-year."),
            (C, "Got it, got it."),
        ],
    ),
    (
        "q08",
        "Chicago bakery",
        ["repeated_question"],
        "asks cash or card, customer says card, then after boxing the pie asks how she's paying again",
        [
            (U, "Can I get a sweet potato pie and half a dozen butter cookies?"),
            (C, "Sure thing. Whole pie or a slice?"),
            (U, "Whole pie. It's for my auntie's birthday."),
            (C, "Aw, that's sweet. How old is she turning?"),
            (U, "Seventy-five, and she still out-dancing all of us."),
            (C, "Lord, I love that. You paying cash or card today?"),
            (U, "Card."),
            (C, "Let me box this up nice for you."),
            (C, "Okay, here you go. And how you paying for this, baby, card or cash?"),
            (U, "Card, I told you. Tap is fine."),
            (C, "Tap whenever you ready."),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Chicago soul-food counter",
        ["rushed_upsell"],
        "combo upgrade, rewards card, phone-number signup and text alerts fired back to back at one-word answers",
        [
            (U, "Six wings, hot, no fries."),
            (C, "You wanna make that a combo? Fries and a drink, two dollars more.", RR),
            (U, "Nah.", R),
            (C, "You got our rewards card? Tenth meal free.", R),
            (U, "No.", R),
            (C, "I can set you up right now, just need your phone number.", R),
            (U, "I'm good.", R),
            (C, "What about the text alerts? We send the Friday deals, it's free.", R),
            (U, "Just the wings, fam.", R),
            (C, "Aight. Nine twenty-five."),
        ],
    ),
    (
        "q10",
        "Detroit corner liquor store",
        ["rushed_upsell"],
        "Mega Millions, scratchers, round-up donation and text signup pushed in a burst",
        [
            (U, "Just the Hennessy pint."),
            (C, "ID?"),
            (U, "Here."),
            (C, "You want a Mega Millions with that? It's up to four hundred mil.", RR),
            (U, "No.", R),
            (C, "Scratchers? We got the new twenty-dollar ones in.", R),
            (U, "Nah.", R),
            (C, "Round up for the block club back-to-school drive?", R),
            (U, "Mm-mm.", R),
            (C, "Sign up for our texts, you get a dollar off next time.", R),
            (U, "Can I just pay?", R),
            (C, "Yeah. Twenty-one eighty-nine."),
        ],
    ),
    (
        "q11",
        "Chicago pharmacy",
        ["rushed_upsell"],
        "rewards card, signup, refill text opt-in and round-up donation rattled off during a pickup",
        [
            (C, "Picking up for who?"),
            (U, "Denise Carter."),
            (C, "Date of birth?"),
            (U, "March third, sixty-eight."),
            (C, "Got it. You got a rewards card with us? You'd get points on this.", RR),
            (U, "No.", R),
            (C, "Want to sign up? Takes two seconds.", R),
            (U, "No thanks.", R),
            (C, "We can text you when your refills ready too, you just gotta opt in.", R),
            (U, "Nah.", R),
            (C, "And you wanna round up for the diabetes walk?", R),
            (U, "No. Just the prescription.", R),
            (C, "Okay, your copay is ten dollars."),
        ],
    ),
    # ------------------------------------------------------- hard "not" cases
    (
        "q12",
        "Chicago bakery",
        [],
        "NOT gossip: warm chat about the customer's daughter graduating and the family party",
        [
            (U, "Hey, I'm picking up a cake, it's under Jones."),
            (C, "Hey! The graduation cake, right? Hold on, I'll grab it."),
            (C, "Okay, here it go. Take a look, make sure we spelled the name right."),
            (U, "'Congrats Kiara.' Yep, that's it. Oh, that's beautiful."),
            (C, "She finishing up at Chicago State?"),
            (U, "Yep, nursing. First one in the family with a degree."),
            (C, "On God, that's big. Y'all finna have a party?"),
            (U, "Backyard on Saturday. Whole family driving up from Memphis."),
            (C, "That's love. Tell her congratulations from all of us. It's forty-two even."),
            (U, "Here go fifty."),
            (C, "Eight back. Y'all enjoy that cake."),
        ],
    ),
    (
        "q13",
        "Detroit auto-parts store",
        [],
        "NOT gossip: coworker praised as the code-reader expert and the manager named for ordering a part",
        [
            (U, "My check engine light on. Can y'all read the code?"),
            (
                C,
                "Yeah, we do it free. Dre's our guy for that, he the best in the store at figuring out what the code really mean.",
            ),
            (C, "Dre! Can you grab the scanner for him? He'll be right out."),
            (U, "Appreciate it."),
            (C, "What you driving?"),
            (U, "'09 Grand Marquis."),
            (C, "Oh, those run forever. Dre say half the time on those it's just a loose gas cap."),
            (U, "Man, I hope it's that easy."),
            (
                C,
                "And if it's the oxygen sensor, our manager Ms. Price can order the good one, it'd be here by tomorrow.",
            ),
            (U, "Bet, that works."),
        ],
    ),
    (
        "q14",
        "Chicago barbershop product counter",
        [],
        "NOT gossip: the customer gossips about another barber, the cashier deflects and rings him up",
        [
            (U, "Lemme get the Barbicide and some of them edge-up razors."),
            (C, "Bet. Single blades or the ten-pack?"),
            (
                U,
                "Ten-pack. Ay, you heard Lil Mike got put out his shop? They saying he was messing with the landlord's wife.",
            ),
            (C, "I stay out of all that, bro. You want the small Barbicide or the big jug?"),
            (U, "The jug. Nah, but for real, he owe everybody on 87th money too."),
            (C, "I don't even know the man like that. Jug is twenty-four, razors eleven."),
            (U, "Man, you boring. Aight."),
            (C, "Ha, I'm just here to ring you up. Thirty-seven sixty with tax."),
            (U, "Here."),
        ],
    ),
    (
        "q15",
        "Detroit soul-food counter",
        [],
        "NOT repeat: order read back once to confirm; the customer repeats his own question about the wait",
        [
            (U, "Let me get the fried catfish dinner, greens and mac, and a peach cobbler."),
            (C, "You want the catfish whole or filet?"),
            (U, "Filet."),
            (C, "And what you drinking?"),
            (U, "Red pop."),
            (
                C,
                "Okay, let me read it back: catfish filet dinner, greens, mac, peach cobbler and a red pop. That's everything?",
            ),
            (U, "That's it. How long on the fish?"),
            (C, "About twelve minutes, we drop it fresh."),
            (U, "Bet. Y'all take Apple Pay?"),
            (C, "Yep, tap right there."),
            (U, "Wait, how long you said on the fish?"),
            (C, "Twelve minutes, give or take. I'll holler when it's up."),
        ],
    ),
    (
        "q16",
        "Detroit pharmacy",
        [],
        "NOT repeat: 'sorry?' then the birth date asked again; questions about two different prescriptions",
        [
            (C, "Hi, pick-up or drop-off?"),
            (U, "Pick-up."),
            (C, "Last name?"),
            (U, "Washington."),
            (C, "And the date of birth?"),
            (U, "Sorry? It's loud in here."),
            (C, "Your date of birth, baby."),
            (U, "June twelfth, fifty-nine."),
            (
                C,
                "Okay, I got two scripts here. Any questions for the pharmacist on the lisinopril?",
            ),
            (U, "No, I been on that one for years."),
            (C, "Any questions on the new one, the metformin?"),
            (U, "Yeah, do I take it with food?"),
            (C, "Let me get the pharmacist for you, one second."),
        ],
    ),
    (
        "q17",
        "Chicago barbershop product counter",
        [],
        "NOT rushed: one tailored scalp-oil recommendation, then bag and receipt asked at an easy pace",
        [
            (U, "My scalp been itching since I got the cut last week. What y'all got for that?"),
            (C, "Is it flaky or just itchy?"),
            (U, "Little flaky. Mostly dry."),
            (
                C,
                "Then I'd go with this tea tree scalp oil, not the grease. Grease just gon' clog it up. Couple drops at night and rub it in.",
            ),
            (U, "How much is it?"),
            (C, "Twelve ninety-nine."),
            (U, "Aight, I'll try it."),
            (C, "You need a bag for that?", {"pause": 3}),
            (U, "Nah, it go in my pocket. Man, it's cold for April."),
            (C, "Chicago, fam. You never know what you gon' get."),
            (C, "You want the receipt?", {"pause": 2.5}),
            (U, "Nah, I'm good."),
            (C, "Aight, take care of that scalp."),
        ],
    ),
    (
        "q18",
        "Detroit corner liquor store",
        [],
        "NOT rushed: a regular offered a lottery ticket early and chips much later, with relaxed talk between",
        [
            (U, "What's good, Mo."),
            (C, "What's good, unc. The usual?"),
            (U, "Yeah, the Colt and some sunflower seeds."),
            (C, "You want a Lotto ticket with that? It's three hundred million tonight."),
            (U, "Nah, I ain't never won nothing."),
            (C, "Ha, me neither. How your knee doing?"),
            (U, "Better. Doctor say I gotta walk more, so I walked up here."),
            (C, "That's what's up. Lions looking good this year, too."),
            (U, "Don't jinx it, man.", {"pause": 2}),
            (U, "Lemme get a lighter too. The Lions one.", {"pause": 25}),
            (
                C,
                "Say less. Oh, and the hot chips is two for four if you want some for the game.",
                {"pause": 4},
            ),
            (U, "Nah, I'm good. What I owe you?"),
            (C, "Eight fifty."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout192", HELDOUT192, 1921)
