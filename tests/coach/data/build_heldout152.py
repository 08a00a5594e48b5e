# ruff: noqa: E501
"""Build the coach's held-out set 152: written by writer-152 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Singapore and Malaysian
English: "lah", "can or not", "already", "aunty", "uncle"): counter staff in Singapore
and Kuala Lumpur at a hawker drinks stall, a bakery with a drinks counter, a pharmacy,
a phone shop, a convenience store and a bookshop. The cashier sometimes speaks twice
in a row.

Mix: 4 gossip (a neighbour's son and loan sharks, a previous customer's fake designer
bags, the boss's affair with the accountant, the cashier's own husband's gambling),
4 repeated_question (kopi or teh, how many pieces asked three times, which phone
model, less sugar or normal), 3 rushed_upsell (screen protector / insurance / top-up;
membership / app / add-on; top-up / app / add-on / membership) and 7 hard "not" cases
(warm chat about the customer's own trip; a colleague named for a work reason and
praised; the customer gossips while the cashier deflects; an order read back to
confirm it; a "sorry?" re-ask with different questions of the same shape; one tailored
recommendation with the routine bag and receipt questions; two offers far apart in a
relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT152 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "KL hawker drinks stall",
        ["gossip"],
        "cashier spreads the story of a neighbour's son who owes loan sharks, red paint and all",
        [
            (U, "Aunty, one Milo ais, takeaway."),
            (C, "Okay, two-fifty."),
            (C, "Eh, you stay in Taman Megah, right? You know the Chong family, the corner house?"),
            (U, "Kind of, why?"),
            (
                C,
                "Their son ah, borrowed from ah long, now cannot pay. Last night they came and splashed red paint on the gate, wrote his name big big on the wall.",
            ),
            (
                C,
                "The mother was crying at the wet market this morning. I heard he owes more than fifty thousand, all from online gambling.",
            ),
            (U, "Wah, serious ah."),
            (C, "Serious lah. Whole taman talking about it already. Here's your Milo."),
            (U, "Thanks, aunty."),
        ],
    ),
    (
        "q02",
        "Singapore bookshop",
        ["gossip"],
        "cashier mocks the previous customer's designer bags as fakes and her as a poser",
        [
            (C, "Hi, just these two books?"),
            (U, "Yes, and I have a voucher."),
            (C, "Okay, ten dollars off with the voucher."),
            (C, "Eh, you saw the lady in front of you just now? The one with the big Chanel bag?"),
            (U, "Sort of, why?"),
            (
                C,
                "Confirm fake one. The stitching all crooked, the logo also facing the wrong way. Every week she comes in with a different one, Hermes, Dior, all from some Bangkok market, then act like a tai-tai.",
            ),
            (
                C,
                "And she never buys anything, you know. Just sits there reading the magazines for free and leaves.",
            ),
            (U, "Huh, okay."),
            (C, "Total twenty-eight after the voucher."),
            (U, "Card, please."),
        ],
    ),
    (
        "q03",
        "Singapore convenience store",
        ["gossip"],
        "cashier tells a customer the boss is having an affair with the accountant and covers for him with his wife",
        [
            (U, "Just this bread and the Straits Times."),
            (C, "Three-fifty."),
            (U, "Quiet today, huh."),
            (
                C,
                "Quiet because the boss not around. You know why? He and the accountant went on a so-called business trip to Batam together.",
            ),
            (
                C,
                "Everybody here knows already. His wife called the shop yesterday looking for him, I had to say he went to see the supplier. Actually the two of them go off every weekend.",
            ),
            (U, "Oh dear."),
            (C, "I tell you, the accountant also married, two kids some more."),
            (U, "Here's five dollars."),
            (C, "Dollar-fifty change."),
        ],
    ),
    (
        "q04",
        "KL pharmacy",
        ["gossip"],
        "cashier overshares her own husband's gambling losses, fights and pawning of her gold",
        [
            (U, "Hi, I want to pay for this cough syrup."),
            (C, "Okay, eighteen-ninety. Sorry ah, I'm a bit blur today, didn't sleep."),
            (U, "Oh, long night?"),
            (
                C,
                "My husband lah. Went up to Genting again last weekend, lost the whole month's salary. Came home three in the morning and we quarrelled until the sun came up.",
            ),
            (
                C,
                "Third time this year already. He even took my gold chain to the pawn shop, I only found out when I saw the ticket in his wallet.",
            ),
            (U, "That sounds tough."),
            (C, "Sometimes I think better just divorce him."),
            (U, "Um, card can?"),
            (C, "Can. Here's your receipt."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "KL hawker drinks stall",
        ["repeated_question"],
        "cashier asks kopi or teh, gets teh, chats about the uncle's knee, then asks coffee or tea again",
        [
            (C, "Morning, uncle! Kopi or teh today?"),
            (U, "Teh lah, kopi too strong for me already."),
            (C, "Okay. Hot or ice?"),
            (U, "Hot."),
            (C, "Eh, your knee better already? Last week I saw you limping."),
            (U, "Better, the physio very good. Twice a week I go."),
            (C, "Good, good. Must keep going."),
            (C, "So you want coffee or tea ah?"),
            (U, "Teh, I told you just now!"),
            (C, "Oh yah, sorry sorry. One hot teh, one-eighty."),
        ],
    ),
    (
        "q06",
        "Singapore bakery",
        ["repeated_question"],
        "cashier asks how many egg tarts, is told six, then asks twice more in other words",
        [
            (U, "Hi, the egg tarts fresh or not?"),
            (C, "Just came out of the oven, still warm."),
            (C, "How many pieces you want?"),
            (U, "Six, please."),
            (C, "Okay. Anything else? The kaya buns also just baked."),
            (U, "One kaya bun also."),
            (C, "Egg tarts, you said how many ah?"),
            (U, "Six."),
            (C, "Box or paper bag for the bun?"),
            (U, "Paper bag is fine."),
            (C, "And the tarts, you taking how many?"),
            (U, "Still six lah, aunty."),
            (C, "Six tarts, one bun, nine-forty."),
        ],
    ),
    (
        "q07",
        "Singapore phone shop",
        ["repeated_question"],
        "cashier asks the phone model, is told Samsung A54, haggles over price, then asks which phone again",
        [
            (U, "Hi, I need a casing for my phone."),
            (C, "Sure, which phone model are you using?"),
            (U, "Samsung A54."),
            (C, "Okay, we have the clear ones and the leather flip ones."),
            (U, "Clear one can. How much?"),
            (C, "Twenty-five dollars."),
            (U, "Can give discount or not?"),
            (C, "Can, twenty-two for you."),
            (C, "Your handphone is which one again, Samsung or iPhone?"),
            (U, "Samsung, A54. I just said."),
            (C, "Ah, right. Let me take from the back."),
        ],
    ),
    (
        "q08",
        "KL bakery with drinks counter",
        ["repeated_question"],
        "cashier asks less sugar or normal, is told less, deals with takeaway, then asks about sugar again",
        [
            (C, "Yes, miss, what you drinking?"),
            (U, "One teh peng, and this curry bun."),
            (C, "Less sugar or normal?"),
            (U, "Less sugar, thanks."),
            (C, "Takeaway or eat here?"),
            (U, "Takeaway."),
            (C, "The drink you want in a plastic cup or the bag with string?"),
            (U, "Cup, please, easier to hold in the car."),
            (C, "Okay. Sweetness how, normal can?"),
            (U, "No, less. I said less sugar."),
            (C, "Okay, less. Four-twenty altogether."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "KL phone shop",
        ["rushed_upsell"],
        "customer with a waiting Grab gets a screen protector, insurance plan and top-up promo in a fast burst",
        [
            (U, "Hi, I just need to pay for this charger, quick ah, my Grab is waiting outside."),
            (C, "Okay, forty-nine ringgit."),
            (C, "You want screen protector also? Tempered glass, today twenty ringgit only.", RR),
            (U, "No need.", R),
            (
                C,
                "Phone insurance plan, cover cracked screen and water damage, eight ringgit a month, I sign you up now?",
                R,
            ),
            (U, "No, no.", R),
            (C, "Then our prepaid top-up promo, top up fifty get ten extra, want or not?", R),
            (U, "Really no time lah.", R),
            (C, "Okay, okay. Card or cash?"),
            (U, "Card."),
        ],
    ),
    (
        "q10",
        "Singapore pharmacy",
        ["rushed_upsell"],
        "customer late for work gets membership card, sign-up, app and a vitamin deal fired at her",
        [
            (U, "Just the Panadol and the plasters, I'm late for work."),
            (C, "Okay, eleven-sixty."),
            (C, "You have our membership card? Can collect points.", RR),
            (U, "Don't have.", R),
            (C, "Sign up now, free one, just need your mobile number.", R),
            (C, "Or you download our app, first purchase five dollars off.", R),
            (U, "Er, next time.", R),
            (C, "Today also vitamin C buy one free one, want to add?", R),
            (U, "No thanks, can I just pay?"),
            (C, "Okay, tap here."),
        ],
    ),
    (
        "q11",
        "KL convenience store",
        ["rushed_upsell"],
        "customer running for a bus gets a reload promo, rewards app, curry puff and membership form in a rush",
        [
            (U, "Uncle, this mineral water and the Milo packet. Fast fast, my bus coming."),
            (C, "Three ringgit twenty."),
            (C, "Top-up promotion today, reload thirty get five free. You want reload?", RR),
            (U, "No.", R),
            (C, "Got our rewards app? Scan now, you get points.", R),
            (C, "Curry puff also, add one ringgit only, hot hot just came out.", R),
            (U, "Don't want, uncle.", R),
            (C, "Membership card also can, I give you the form.", R),
            (U, "Aiyo, no time already!"),
            (C, "Okay, okay, here's your change."),
        ],
    ),
    # ------------------------------------------------------------ hard "not"
    (
        "q12",
        "KL hawker drinks stall",
        [],
        "not gossip: warm chat about the regular's own holiday and diet, nothing about third parties",
        [
            (C, "Eh, aunty! Long time never see you."),
            (U, "I went to Melbourne three weeks, just came back on Sunday."),
            (C, "Wah, so nice! Cold or not there?"),
            (U, "Very cold lah, I had to buy a thick jacket on the first day."),
            (C, "Here you won't need it already. Same as usual? Teh tarik, less sweet?"),
            (U, "Yes, same."),
            (C, "You look well rested, the holiday was good for you."),
            (U, "Walked a lot, ate a lot also. Now must diet."),
            (C, "Then I pull it extra frothy for you, no extra sugar. Two ringgit."),
            (U, "Thanks, here."),
        ],
    ),
    (
        "q13",
        "Singapore pharmacy",
        [],
        "not gossip: the pharmacist is named to check a drug interaction and is praised by the cashier",
        [
            (C, "Hi, good evening. Can I help?"),
            (U, "I want this flu medicine, but I'm taking blood pressure pills. Can or not?"),
            (
                C,
                "Better we check with our pharmacist. Let me call Farah, she'll look at your medication.",
            ),
            (C, "Farah, can help this aunty check the interaction with her blood pressure pills?"),
            (U, "Thank you, girl."),
            (
                C,
                "She's very thorough, our manager always says she's the best pharmacist in the branch.",
            ),
            (U, "Okay, I wait."),
            (
                C,
                "Farah says this one is safer for you, no decongestant inside. Nine-fifty.",
                {"pause": 40},
            ),
            (U, "Okay, I take that one."),
            (C, "After food, three times a day. Get well soon, aunty."),
        ],
    ),
    (
        "q14",
        "KL bakery",
        [],
        "not gossip: the customer gossips about a neighbour's family; the cashier declines and sticks to the order",
        [
            (U, "Four slices of the pandan chiffon, and one loaf of wholemeal."),
            (C, "Okay, coming."),
            (
                U,
                "You know the family at number twelve, my road? The daughter ran off with a Grab driver, I heard.",
            ),
            (C, "Aiya, I don't know them lah. You want the wholemeal sliced?"),
            (
                U,
                "Sliced. Really, the whole road is talking. The mother doesn't come out of the house already.",
            ),
            (C, "Hmm. I put the chiffon in a box so it won't get squashed."),
            (U, "And the father also, I think he's drinking now."),
            (C, "Not for me to say, aunty. Total twenty-two ringgit."),
            (U, "Okay, okay, here."),
            (C, "Thank you, see you next week."),
        ],
    ),
    (
        "q15",
        "Singapore hawker drinks stall",
        [],
        "not a repeat: one clarifying question, then the whole table's order read back once to confirm it",
        [
            (C, "Yes, what you want?"),
            (U, "Table twelve. Two kopi-o kosong, one teh halia, one Milo dinosaur."),
            (C, "Teh halia hot or cold?"),
            (U, "Hot."),
            (C, "Okay, so two kopi-o kosong, one hot teh halia, one Milo dinosaur. Correct?"),
            (U, "Correct."),
            (C, "Altogether six-eighty. I bring to your table."),
            (U, "Can pay by PayLah?"),
            (C, "Can, the QR code is there."),
            (U, "Done, thanks."),
        ],
    ),
    (
        "q16",
        "KL convenience store",
        [],
        "not a repeat: the bag question is asked again only after the customer says sorry; the other questions differ",
        [
            (U, "Hi, this chicken rice bento and the iced lemon tea."),
            (C, "Want me to heat up the bento?"),
            (U, "Yes, please."),
            (C, "Okay, about one minute."),
            (C, "Need a plastic bag? Twenty sen."),
            (U, "Sorry? Very noisy here."),
            (C, "Plastic bag, you need or not? Twenty sen."),
            (U, "Oh, no need, I got my own."),
            (C, "Paying cash or Touch 'n Go?"),
            (U, "Touch 'n Go."),
            (C, "Okay, tap there. Want the receipt?"),
            (U, "No, thanks."),
            (C, "Bento ready. Careful, hot."),
        ],
    ),
    (
        "q17",
        "Singapore phone shop",
        [],
        "not rushed: one earphone recommendation fitted to the customer's running, plus unhurried bag and receipt questions",
        [
            (C, "Hi, good afternoon. Looking for anything?"),
            (U, "My earphones spoilt already. I need something for running."),
            (
                C,
                "For running ah, these ones got the ear hook, won't drop out even when you sweat. Sixty-nine dollars.",
            ),
            (U, "Oh nice, can try?"),
            (C, "Can, here, I wipe them for you first."),
            (U, "Quite comfortable. Okay, I take this."),
            (C, "You need a bag for it?", {"pause": 4}),
            (U, "No need, I put in my backpack."),
            (C, "Receipt you want? Got one year warranty, better keep."),
            (U, "Yes, please."),
            (C, "Here you go. Enjoy your run!"),
        ],
    ),
    (
        "q18",
        "KL bookshop",
        [],
        "not rushed: a member card mention early and a gift-wrap offer much later in a relaxed browse",
        [
            (C, "Morning. Take your time, ah."),
            (U, "Thanks. I'm looking for the new Tash Aw novel."),
            (C, "Oh, that one is at the Malaysian writers shelf, second row from the top."),
            (
                C,
                "By the way, we have a member card, ten percent off, if you come often can consider.",
            ),
            (U, "Maybe later, let me look around first."),
            (U, "Found it. And this picture book for my niece.", {"pause": 120}),
            (C, "Nice choice, that one very popular with the seven, eight year olds."),
            (U, "She loves anything with animals."),
            (C, "Then confirm she'll like it. Total eighty-four ringgit."),
            (
                C,
                "Since it's a present, want me to gift wrap the picture book? Two ringgit.",
                {"pause": 6},
            ),
            (U, "Oh yes, that would be nice."),
            (C, "Okay, give me a minute."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout152", HELDOUT152, 1521)
