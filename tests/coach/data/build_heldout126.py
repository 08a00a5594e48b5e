# ruff: noqa: E501
"""Build the coach's held-out set 126: written by writer-126 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation): South Asian family
businesses in Leicester and Bradford, a Belgrave Road sweet centre, a sari and
fabric shop, a Leeds Road cash and carry, a phone repair counter, a halal butcher
and a jeweller, with aunties, uncles and young staff speaking British Asian
English with a few Punjabi, Urdu and Gujarati words (ji, acha, beta, yaar, bhai).

Mix: 4 gossip (a family's daughter who ran off, the previous customer's debts, a
cousin at the shop seeing someone unsuitable, the cashier's own engagement falling
through), 4 repeated_question (boxes of sweets, phone model asked a third time,
metres of fabric, which carat), 3 rushed_upsell (gift box, loyalty card and
WhatsApp list; screen protector, case and cover plan; gift box, insurance, loyalty
card and WhatsApp group), and 7 hard "not" cases: warm chat about the customer's
own Umrah and dawat with the butcher named for the cut; the customer gossips while
the cashier deflects; an order read back to confirm it; a "sorry?" re-ask over a
drill plus several "what's the..." questions of the same shape; one tailored
recommendation with the routine trolley and invoice questions in a relaxed visit;
two offers far apart while a mother chooses jhumkas; a colleague and the manager
praised for their work while the customer repeats her own question.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT126 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Leicester sweet centre",
        ["gossip"],
        "cashier spreads the story of another family's daughter running off, with a pregnancy rumour",
        [
            (C, "Salaam ji, what can I get you?"),
            (U, "Half a kilo of jalebi and a box of mixed mithai, please."),
            (C, "Acha, the small box or the big one?"),
            (U, "Small's fine."),
            (C, "You know the Patels from Rushey Mead, the ones with the printing business?"),
            (U, "Vaguely, yeah."),
            (
                C,
                "Their younger girl, Nisha, ran off with some lad from Coventry. Packed a bag in the night and left a note on the fridge, if you can believe it.",
            ),
            (
                C,
                "The mother hasn't shown her face at the mandir since. Everyone's saying the girl was already expecting.",
            ),
            (U, "Oh. I didn't know."),
            (
                C,
                "Nobody's supposed to know, so don't say it came from me. Eleven pounds forty, beta.",
            ),
            (U, "Card, please."),
        ],
    ),
    (
        "q02",
        "Bradford cash and carry",
        ["gossip"],
        "cashier tells the next customer about the previous customer's debts and failing business",
        [
            (C, "Alright uncle, is this all going on one invoice?"),
            (U, "Yeah, the rice, the ghee and two crates of Rubicon."),
            (C, "Sound. Did you see the bloke who was in just before you, with the white van?"),
            (U, "Not really, no."),
            (
                C,
                "He owes us nearly four grand. Owes the wholesaler on Thornton Road as well, and his brother-in-law lent him money for the takeaway and hasn't seen a penny back.",
            ),
            (U, "Hmm."),
            (
                C,
                "His wife's been ringing round asking people not to give him credit. Honestly yaar, the whole of Manningham knows he's going under.",
            ),
            (U, "Can you put it through, I'm double parked."),
            (C, "Yeah, yeah. Two hundred and six pounds eighty."),
        ],
    ),
    (
        "q03",
        "Leicester sari and fabric shop",
        ["gossip"],
        "cashier gossips about her cousin at the shop secretly seeing an older divorced man",
        [
            (
                C,
                "Aunty, this is the georgette you were asking about, it's come in the peach as well.",
            ),
            (U, "Acha, how much a metre?"),
            (C, "Twelve pounds. My cousin Rubina's in the back, she cut the last lot for you."),
            (
                C,
                "Between us, aunty, she's been seeing a divorced man, twenty years older, and not even from our community. Her dad would have a heart attack.",
            ),
            (U, "Hai, really?"),
            (
                C,
                "Every lunch she says she's going to the bank and comes back with her lipstick all redone. We all know. Her mum's the only one who doesn't.",
            ),
            (U, "Okay. I'll take four metres of the peach."),
            (C, "Four metres, I'll cut it now."),
        ],
    ),
    (
        "q04",
        "Bradford jeweller",
        ["gossip"],
        "cashier overshares her own engagement being called off and her would-be mother-in-law's snobbery",
        [
            (C, "Hiya, are you collecting or just browsing today?"),
            (U, "Collecting. A ring resize, under Qureshi."),
            (C, "Let me find it. Yeah, here we are, size N now."),
            (U, "Lovely."),
            (
                C,
                "Sorry if I'm a bit all over the place today. My engagement got called off on Sunday.",
            ),
            (
                C,
                "His mum decided my family wasn't good enough because my dad drives a taxi. Three hundred people invited and she rings my mum the night before the mehndi.",
            ),
            (U, "Oh no, I'm sorry."),
            (
                C,
                "And he just went along with it, didn't even ring me himself. I've still got his ring in my drawer and I don't know whether to post it back or sell it.",
            ),
            (U, "That's awful. How much do I owe for the resize?"),
            (C, "Eighteen pounds."),
        ],
    ),
    # ---------------------------------------------------------------- repeated_question
    (
        "q05",
        "Leicester sweet centre",
        ["repeated_question"],
        "cashier asks how many boxes again after the customer already said six and small talk intervened",
        [
            (C, "Namaste ji, is this the Diwali order?"),
            (U, "Yes, for the office. Six boxes of the mixed, the one kilo ones."),
            (C, "Kaju katli in all of them?"),
            (U, "Yes, and a few ladoo."),
            (C, "Busy week for you then? Everyone's running around."),
            (U, "Don't. I've got the in-laws coming Thursday and the house is upside down."),
            (C, "Ha, same every year. Right, so how many boxes did you need altogether?"),
            (U, "Six. Like I said."),
            (C, "Six, sorry ji. That's sixty-three pounds."),
        ],
    ),
    (
        "q06",
        "Bradford phone repair counter",
        ["repeated_question"],
        "cashier asks which phone model three times in different words after it was answered",
        [
            (C, "Assalamualaikum, what's the problem with it?"),
            (U, "Screen's cracked, and the charging's a bit dodgy."),
            (C, "What phone is it?"),
            (U, "Samsung A54."),
            (C, "Okay. Did you drop it or what?"),
            (U, "My little one threw it off the sofa onto the tiles."),
            (
                C,
                "Kids, yaar. Mine snapped my charger in half last week. So which handset is this, which model?",
            ),
            (U, "A54. Samsung."),
            (
                C,
                "Right, the screen's about ninety for that. The charging port I'd need to open up.",
            ),
            (U, "Fine, how long?"),
            (C, "An hour. And sorry, what model did you say it was, for the ticket?"),
            (U, "A fifty-four. Samsung. That's three times now, bhai."),
        ],
    ),
    (
        "q07",
        "Leicester sari and fabric shop",
        ["repeated_question"],
        "cashier re-asks how much fabric to cut after the grandmother already said three metres",
        [
            (C, "Hello aunty, what are you making?"),
            (
                U,
                "A salwar kameez for my granddaughter's Eid do at school. I need three metres of this lemon cotton.",
            ),
            (C, "Lovely colour for her. How old is she now?"),
            (U, "Nine, going on thirty."),
            (C, "Ha, they all are. Is she doing the dance as well?"),
            (U, "She is, she's been practising in the kitchen every night."),
            (C, "Acha. And how much of the lemon do you want me to cut?"),
            (U, "Three metres, beta."),
            (C, "Three, okay. That's fifteen pounds."),
        ],
    ),
    (
        "q08",
        "Bradford jeweller",
        ["repeated_question"],
        "cashier asks eighteen or twenty-two carat after the customer already specified twenty-two",
        [
            (C, "Hello uncle, can I help?"),
            (U, "I want a chain for my son's nikkah. Twenty-two carat, not the eighteen."),
            (C, "We've got a few in twenty-two. Rope style or the flat curb?"),
            (U, "Curb, something not too heavy."),
            (C, "Mubarak, by the way. Where's the nikkah?"),
            (U, "Here in Bradford, and the walima's in Manchester."),
            (C, "Very nice. So were you after eighteen or twenty-two carat?"),
            (U, "Twenty-two."),
            (C, "Okay, this one's twenty grams, about one thousand four hundred."),
        ],
    ),
    # ---------------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Leicester sweet centre",
        ["rushed_upsell"],
        "gift box, loyalty card and WhatsApp list fired off back to back while the customer barely answers",
        [
            (C, "Yes ji, next?"),
            (U, "One kilo of mixed barfi, please."),
            (C, "One kilo, coming up."),
            (C, "Want it in a gift box, the gold one's only two pound extra?", RR),
            (U, "No.", R),
            (C, "Got our loyalty card? Stamp on every kilo, I can do one now.", R),
            (U, "Uh...", R),
            (
                C,
                "And join our WhatsApp list, we send the Eid offers first, just give me your number.",
                R,
            ),
            (U, "No, just the barfi.", R),
            (C, "Okay, fourteen pounds."),
        ],
    ),
    (
        "q10",
        "Leicester phone repair counter",
        ["rushed_upsell"],
        "screen protector, case and a monthly cover plan pushed in quick succession at a customer collecting a battery job",
        [
            (C, "Here you go, new battery's in, all tested."),
            (U, "Thanks."),
            (C, "You want a tempered glass on it, ten pounds, I'll put it on now?", RR),
            (U, "Er...", R),
            (C, "And a case, we've got clear ones and wallet ones, fifteen.", R),
            (U, "Maybe not.", R),
            (C, "Plus our cover plan, five pound a month, any crack, any drop, we sort it.", R),
            (C, "Shall I put you down for all three?", R),
            (U, "Just the battery, please.", R),
            (C, "Okay. Forty-five then."),
        ],
    ),
    (
        "q11",
        "Leicester jeweller",
        ["rushed_upsell"],
        "velvet box, insurance, loyalty card and WhatsApp group pushed one after another at a customer buying a gift",
        [
            (C, "Is this for you or a gift?"),
            (U, "Gift. For my sister."),
            (C, "Nice. Shall I do the velvet box, it's three pounds?", RR),
            (U, "Okay.", R),
            (C, "We've got an insurance plan as well, covers loss and theft, twenty a year.", R),
            (U, "No.", R),
            (C, "Loyalty card? Ten percent off your next piece.", R),
            (
                C,
                "And I'll add you to our WhatsApp group for the new collections, what's your number?",
                R,
            ),
            (U, "I'd rather not.", R),
            (C, "No problem. Two hundred and ten with the box."),
        ],
    ),
    # ---------------------------------------------------------------- hard "not" cases
    (
        "q12",
        "Bradford halal butcher",
        [],
        "NOT gossip: warm chat about the customer's own Umrah and dawat; a colleague named only to cut the meat her way",
        [
            (C, "Salaam aunty, how's things? How was Umrah?"),
            (U, "Alhamdulillah, beautiful. Very hot, but beautiful."),
            (C, "Good, good. You must still be tired. What can I get you?"),
            (
                U,
                "Two kilo lamb leg, curry cut, and a kilo of mince. I'm doing a dawat on Saturday for everyone who came to see us off.",
            ),
            (
                C,
                "That's lovely, they'll be happy to see you back. Tariq's on the block, I'll get him to take the fat off the leg the way you like it.",
            ),
            (U, "Yes, and not too small, he knows."),
            (C, "He knows. The mince, lamb or mutton?"),
            (U, "Lamb."),
            (
                C,
                "Are you making your chapli kebabs again? People still talk about the ones you brought to the mosque.",
            ),
            (U, "Ha, if I get the time."),
            (C, "Right, that's thirty-one pounds twenty. Box or a bag for it?"),
            (U, "Bag's fine."),
        ],
    ),
    (
        "q13",
        "Leicester sari and fabric shop",
        [],
        "NOT gossip: the customer gossips about a wedding family while the cashier deflects back to the sari",
        [
            (C, "Hello aunty, come in, come in. Looking for anything special?"),
            (
                U,
                "A sari for the Mistry wedding. You heard about their son? The first engagement broke because the girl's family found out about his gambling.",
            ),
            (C, "I wouldn't know, aunty. What colour were you thinking?"),
            (
                U,
                "Something maroon. And the mother is pretending nothing happened, telling everyone the girl wasn't educated enough. Ha! Everyone knows.",
            ),
            (
                C,
                "Maroon will look lovely on you. This Banarasi has a gold border, or there's this softer georgette.",
            ),
            (
                U,
                "The Banarasi. And the new girl, I heard her family has nothing, the mother is not happy.",
            ),
            (
                C,
                "Acha, well, I hope it's a happy day for them. Do you want the blouse piece stitched?",
            ),
            (U, "Yes, same measurements as last time."),
            (
                C,
                "I've got them on file. Eighty-five for the sari, twenty for the stitching, ready in ten days.",
            ),
        ],
    ),
    (
        "q14",
        "Leicester sweet centre",
        [],
        "NOT repeated: different questions about the order, then the whole order read back once to confirm it",
        [
            (C, "Jai Shri Krishna, uncle. Placing the order for the satsang?"),
            (U, "Yes. Three kilo of penda, two kilo of jalebi, and fifty samosa, vegetable."),
            (C, "Normal samosa or the Jain ones?"),
            (U, "Jain ones, no onion, no garlic."),
            (C, "Okay. And when do you need it?"),
            (U, "Sunday, eight in the morning."),
            (
                C,
                "Let me read it back, uncle: three kilo penda, two kilo jalebi, fifty Jain samosa, Sunday at eight. Correct?",
            ),
            (U, "Correct."),
            (C, "Lovely. Deposit is twenty, rest on collection."),
            (U, "Here you are."),
        ],
    ),
    (
        "q15",
        "Bradford phone repair counter",
        [],
        "NOT repeated: a 'sorry?' re-ask because of a drill next door, and several different 'what's the...' questions",
        [
            (C, "Hi, dropping off?"),
            (U, "Yeah, the back camera's gone all blurry."),
            (C, "What's the model?"),
            (U, "iPhone thirteen."),
            (C, "And what's the passcode, so we can test it after?"),
            (U, "One nine eight seven two four."),
            (C, "Sorry? The drill next door, I didn't catch that."),
            (U, "One nine eight seven two four."),
            (C, "Got it. What's the best number to ring you on when it's ready?"),
            (U, "Zero seven seven one, four four two, nine one eight."),
            (C, "And what name shall I put on the ticket?"),
            (U, "Faisal."),
            (C, "Okay Faisal, tomorrow after two."),
        ],
    ),
    (
        "q16",
        "Leicester cash and carry",
        [],
        "NOT rushed: one recommendation tailored to the customer's school crowd, routine trolley and invoice questions, relaxed pace",
        [
            (C, "Morning, Sanjay bhai. Restocking the shop?"),
            (
                U,
                "Morning. Yeah, it's been mad with the schools back. Ten boxes of Walkers, the mixed.",
            ),
            (C, "How's your dad, is he back on his feet?"),
            (U, "Getting there, he's doing a couple of hours in the shop now."),
            (C, "Good. Tell him I said hello."),
            (U, "Will do. And twenty boxes of PG, the eighty bags."),
            (
                C,
                "Since you get all the school kids, the new sparkling juice cans are flying out here. Might be worth a crate for your fridge.",
                {"pause": 3.0},
            ),
            (U, "Maybe next week, see how the cash is."),
            (C, "No worries."),
            (
                C,
                "Do you want a trolley, or are you bringing the van round the back?",
                {"pause": 12.0},
            ),
            (U, "Van. I'm parked by the gate."),
            (C, "Till receipt or a VAT invoice?", {"pause": 8.0}),
            (U, "VAT invoice, please."),
        ],
    ),
    (
        "q17",
        "Bradford jeweller",
        [],
        "NOT rushed: a free clean mentioned early and a loyalty card at the very end, far apart in an unhurried visit",
        [
            (C, "Salaam, baji. Take your time, have a look."),
            (U, "Thank you. I'm after some jhumkas for my daughter's mehndi."),
            (C, "Oh, mubarak! When is it?"),
            (U, "Next month, the twelfth."),
            (C, "We've got these in twenty-two carat, or these lighter ones with the pearls."),
            (U, "The pearl ones are nice. How heavy are they?"),
            (
                C,
                "About eight grams the pair. And we do a free clean and polish on them after the wedding, if you bring them back.",
            ),
            (U, "Oh, nice. Can I try them against my ear?"),
            (U, "Yes. These ones.", {"pause": 40.0}),
            (C, "She'll look lovely in them. Has she chosen her outfit?"),
            (U, "Green and gold lehenga."),
            (C, "Perfect with the pearls."),
            (
                C,
                "That's five hundred and forty. If you like, we have a loyalty card, points off anything else you get for the wedding.",
                {"pause": 25.0},
            ),
            (U, "Go on then, add me."),
        ],
    ),
    (
        "q18",
        "Bradford sari and fabric shop",
        [],
        "NOT gossip/repeated: a colleague praised for her beading, the manager named for a discount, the customer repeats her own question",
        [
            (C, "Hello, collecting?"),
            (U, "Yes, the lehenga alteration, the name's Begum."),
            (
                C,
                "Here it is. Nasreen did this one, she's the best we've got for beading. Look at the hem.",
            ),
            (U, "Oh, it's beautiful. Is it ready to wear then?"),
            (C, "Yes, all done, pressed as well."),
            (U, "Acha. So I can wear it Saturday just as it is?"),
            (C, "Just as it is, ji. Hang it up when you get home."),
            (U, "How much is it?"),
            (
                C,
                "Thirty-five, but Mr Hussain said to take a fiver off because it went a day late, so thirty.",
            ),
            (U, "That's kind of him, thank you."),
            (C, "He's good like that."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout126", HELDOUT126, 1261)
