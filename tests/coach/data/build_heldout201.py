# ruff: noqa: E501
"""Build the coach's held-out set 201: written by writer-201 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Hong Kong English:
"lah", "aiya", "can or not", the MTR, Octopus cards): Hong Kong counters with local
staff and expat or tourist customers -- a Central pharmacy, a Mong Kok phone shop,
a bakery, a convenience store, a tailor's counter and a camera shop. Brisk and
polite; the cashier often speaks twice in a row.

Mix: 4 gossip (a previous customer's mistress, the boss's fake designer stock, a
colleague's secret second job, the cashier's own cousin's Macau gambling debts),
4 repeated_question (Octopus or cash, how many egg tarts -- answered with a number
both times, which phone case, whether the suit is for a wedding), 3 rushed_upsell
(membership card, screen protector, extended warranty, lucky draw, app download,
fired back to back), and 7 hard "not" cases: warm chat about the customer's own
life with a colleague praised for her stitching; the customer gossips while the
cashier deflects; an order read back to confirm it; a "sorry?" re-ask among
different questions of the same shape; one tailored recommendation with the bag
and receipt questions spread out; two offers far apart in a relaxed visit; the
manager named for a repair and a customer repeating her own question.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT201 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Hong Kong convenience store",
        ["gossip"],
        "cashier tells the next customer that the man before him keeps a mistress in a flat up the street",
        [
            (C, "Hi, just the water and the newspaper?"),
            (U, "Yes, and these mints, please."),
            (C, "Okay, twenty-three dollars."),
            (C, "Aiya, did you see the uncle in front of you? Grey suit, two packs of Marlboro?"),
            (U, "Not really, no."),
            (
                C,
                "Every Friday he comes in with his wife, then Saturday he comes with a young girl, maybe twenty-five. Same shop, lah, he's not even scared.",
            ),
            (
                C,
                "Last week the girl paid with his Octopus. Whole street knows she's his mistress, he rents her a flat above the noodle shop.",
            ),
            (U, "Right. Um, can I pay by Octopus?"),
            (C, "Can, just tap here."),
            (U, "Thanks."),
            (C, "Bye bye."),
        ],
    ),
    (
        "q02",
        "Mong Kok phone shop",
        ["gossip"],
        "shop assistant tells a tourist the boss sells fake designer cases as limited editions and hid stock from customs",
        [
            (U, "Hi, how much is this case? The one with the monogram pattern."),
            (C, "That one, a hundred and twenty."),
            (U, "Is it real leather?"),
            (
                C,
                "Between you and me, ah, nothing on that wall is real. My boss buys them by the kilo from a factory in Shenzhen, the Gucci, the Chanel, all copies.",
            ),
            (
                C,
                "He tells the tourists they're limited edition from Japan and charges triple. Last month customs came round and he hid two boxes in the toilet, so funny.",
            ),
            (U, "Oh. Okay, I'll think about it then."),
            (U, "Do you have just a plain black one for the iPhone 15?"),
            (C, "Yes, this one, sixty-eight dollars."),
            (U, "I'll take that."),
            (C, "Octopus or cash?"),
            (U, "Octopus."),
        ],
    ),
    (
        "q03",
        "Hong Kong bakery",
        ["gossip"],
        "counter staff reveals a colleague's secret night job at a karaoke bar that the boss doesn't know about",
        [
            (C, "Morning! What you want today?"),
            (U, "Two pineapple buns and a coffee bun, please."),
            (C, "Okay, wait ah, the pineapple buns just came out."),
            (C, "Sorry it's slow, only me in the front today. Ah Mei called in sick again."),
            (U, "Oh, no problem."),
            (
                C,
                "Sick, my foot. She's pouring drinks at a karaoke bar in Tsim Sha Tsui till four in the morning. The boss has no idea, she begged me not to tell.",
            ),
            (
                C,
                "Every Monday she sleeps in the storeroom on the flour bags. If the boss finds out, she's finished, lah.",
            ),
            (U, "Ha, okay. How much is that?"),
            (C, "Twenty-four dollars."),
            (U, "Here you go."),
            (C, "Thank you, enjoy!"),
        ],
    ),
    (
        "q04",
        "Central pharmacy",
        ["gossip"],
        "cashier pours out her cousin's Macau gambling debts and her own family drama to a customer buying painkillers",
        [
            (U, "Hi, do you have something for a headache? Nothing too strong."),
            (
                C,
                "This one is paracetamol, five hundred milligram, very gentle on the stomach. Forty-two dollars.",
            ),
            (U, "Great, that'll do."),
            (C, "You look tired also. Me too, I didn't sleep at all last night."),
            (
                C,
                "My cousin phoned me at two in the morning crying. He went to Macau again on the weekend, lost everything at baccarat, now he owes the loan sharks almost three hundred thousand.",
            ),
            (U, "Oh dear, that's awful."),
            (
                C,
                "And he wants to borrow from me! Last time I lent him twenty thousand, never saw it again. My auntie doesn't even know, she thinks he's on a business trip.",
            ),
            (U, "Hm. Can I pay with Visa?"),
            (C, "Yes, insert here."),
            (U, "Thanks."),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "Hong Kong convenience store",
        ["repeated_question"],
        "cashier asks Octopus or cash, gets 'Octopus', then after heating the sandwich and chatting asks how she wants to pay",
        [
            (C, "Hello. Just these two?"),
            (U, "Yes, the milk tea and the sandwich."),
            (C, "Octopus or cash?"),
            (U, "Octopus, please."),
            (C, "Okay. You want me to heat up the sandwich? Takes one minute."),
            (U, "Oh, yes please, that'd be great."),
            (C, "Hot today, huh? Thirty-three degrees already."),
            (U, "I know, I'm melting. And the MTR was packed."),
            (C, "Always like that this hour, lah."),
            (C, "Okay, sandwich is ready. How you want to pay?"),
            (U, "Er, Octopus, like I said."),
            (C, "Oh yes, tap here."),
        ],
    ),
    (
        "q06",
        "Hong Kong bakery",
        ["repeated_question"],
        "counter staff asks how many egg tarts, hears 'six', chats about the Peak, then asks how many to box; 'six' again",
        [
            (U, "Hi, can I get some egg tarts?"),
            (C, "Sure. How many you want?"),
            (U, "Six."),
            (C, "Okay. Puff pastry or the shortcrust one?"),
            (U, "Shortcrust, the cookie-type crust."),
            (C, "Good choice, just out of the oven. Visiting Hong Kong?"),
            (U, "Yeah, first time. We did the Peak Tram yesterday."),
            (C, "Wah, nice. Very crowded up there on weekends."),
            (U, "It really was."),
            (C, "So the egg tarts, how many I put in the box for you?"),
            (U, "Six."),
            (C, "Okay, forty-eight dollars."),
        ],
    ),
    (
        "q07",
        "Mong Kok phone shop",
        ["repeated_question"],
        "assistant offers three cases, customer picks the clear one, then after market small talk is asked which case again",
        [
            (U, "Hi, I need a case for this. Samsung S24."),
            (
                C,
                "We have three: the clear one, the black silicone, and the one with a card holder.",
            ),
            (U, "The clear one, please."),
            (C, "Okay, wait, I check the stock."),
            (U, "Sure."),
            (C, "You working around Mong Kok?"),
            (U, "No, I'm staying at a hotel in Jordan. Just came up for the markets."),
            (C, "Ladies' Market is good, but bargain hard, they always start at double."),
            (U, "Ha, I'll remember that."),
            (C, "So which case you decide? Clear, black or the card one?"),
            (U, "The clear one. I said that already."),
            (C, "Ah sorry, okay, clear one. Eighty-nine dollars."),
        ],
    ),
    (
        "q08",
        "Hong Kong tailor's counter",
        ["repeated_question"],
        "tailor asks if the suit is for business or a wedding, hears 'a wedding', measures and chats, then asks again what event it's for",
        [
            (C, "Good afternoon, sir. Collecting, or a new order?"),
            (U, "New order. I'd like a navy suit, two-piece."),
            (C, "Okay. What's the occasion? Business, or a wedding?"),
            (U, "A wedding. My sister's, in November."),
            (C, "Very nice. Let me take your measurements. Arms up a little, please."),
            (U, "Like this?"),
            (C, "Yes, good. You live in Hong Kong long?"),
            (U, "About three years now. I work in Admiralty."),
            (
                C,
                "Then you know, the humidity here, you need lighter wool. This one, very breathable.",
            ),
            (U, "That sounds good."),
            (C, "And this suit, you wear it for a special event, or more for the office?"),
            (U, "For the wedding. My sister's, as I mentioned."),
            (C, "Ah, right, right. Then maybe a slimmer cut."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Mong Kok phone shop",
        ["rushed_upsell"],
        "collecting a reserved phone, the customer gets screen protector, warranty, membership and app pushed back to back",
        [
            (U, "Hi, I reserved an iPhone 15 online. Black, 128 gig."),
            (C, "Name, please?"),
            (U, "Daniel Wong."),
            (C, "Okay, found it. Seven thousand three hundred and ninety-nine."),
            (
                C,
                "You want tempered glass screen protector? We stick it for you now, only one twenty.",
                RR,
            ),
            (U, "Um, no.", R),
            (C, "Extended warranty two years, covers water damage, just four hundred eighty.", R),
            (U, "No thanks.", R),
            (C, "Join our membership also, free, you get points every time.", R),
            (C, "And download our app, scan this QR code, fifty dollars off next time.", R),
            (U, "I'm okay. Just the phone.", R),
            (C, "Okay, okay. Card or cash?"),
            (U, "Card."),
        ],
    ),
    (
        "q10",
        "Hong Kong convenience store",
        ["rushed_upsell"],
        "for a beer and crisps the cashier rattles off member card, lucky draw add-on, app coupon and Octopus top-up",
        [
            (U, "Just these, please."),
            (C, "Twenty-eight fifty."),
            (C, "You have our member card? Sign up now, double points today.", RR),
            (U, "No.", R),
            (C, "Spend over thirty you get a lucky draw ticket, add one chocolate bar?", R),
            (U, "Uh.", R),
            (C, "Download our app also, first time got five dollars coupon.", R),
            (C, "And Octopus top-up no handling fee today, want to top up?", R),
            (U, "No, just pay.", R),
            (C, "Okay. Octopus?"),
            (U, "Yes."),
            (C, "Done, thank you."),
        ],
    ),
    (
        "q11",
        "Hong Kong camera shop",
        ["rushed_upsell"],
        "after choosing a camera the tourist is hit with warranty, protection bundle, lucky draw with email and VIP sign-up in one breath",
        [
            (U, "I'll take the Fujifilm then. The silver one."),
            (C, "Good choice, very popular."),
            (C, "Extended warranty, three years instead of one, only eight hundred, you want?", RR),
            (U, "Hmm.", R),
            (
                C,
                "Screen protector for the LCD, and a UV filter to protect the lens, package price three hundred.",
                R,
            ),
            (U, "I don't really...", R),
            (
                C,
                "Spend over ten thousand today, got lucky draw, can win a trip to Tokyo. Just write your email on this form.",
                R,
            ),
            (C, "And become our VIP member, ten percent off all accessories from today.", R),
            (U, "No. None of those.", R),
            (C, "Okay, no problem. Credit card?"),
            (U, "Yes, Mastercard."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Hong Kong tailor's counter",
        [],
        "not gossip: warm chat about the customer's daughter's graduation; a colleague is praised for her silk stitching",
        [
            (C, "Mrs Hughes! The dress alteration is ready, let me bring it out."),
            (U, "Wonderful. I've been thinking about it all week."),
            (
                C,
                "Here. We took in the waist two centimetres like you asked. You want to try it on?",
            ),
            (U, "Yes, please."),
            (U, "Oh, it fits perfectly.", {"pause": 45.0}),
            (C, "Ah Fong did the stitching on this one. She's our best with silk, very fine hand."),
            (C, "You said last time it's for your daughter's graduation. How is she doing?"),
            (U, "Very well, thanks. She's just finished her finals at HKU, so we're all relieved."),
            (C, "Wah, congratulations! You must be so proud. Where's the dinner?"),
            (
                U,
                "A little Italian place in Sheung Wan. The whole family's flying in from Manchester.",
            ),
            (C, "So nice, everybody together. This colour will look beautiful in the photos."),
            (U, "You're very kind. What do I owe you?"),
            (C, "Three hundred eighty. Cash or card?"),
            (U, "Card, please."),
        ],
    ),
    (
        "q13",
        "Central pharmacy",
        [],
        "not gossip: the customer gossips about her boss and his PA; the cashier steers back to the plasters and declines to join in",
        [
            (U, "Hi, I need a refill of these eye drops, and some plasters."),
            (C, "Sure. These ones, for dry eyes?"),
            (U, "Yes. My eyes are wrecked from the office air-con."),
            (
                U,
                "And my boss, honestly. He takes his PA out to lunch every day for two hours, everyone knows what's going on.",
            ),
            (C, "Office life is tiring, lah. The plasters, waterproof or the fabric ones?"),
            (
                U,
                "Waterproof. His wife turned up at the office last week, the whole floor went silent. Total drama.",
            ),
            (
                C,
                "Hm, I'll leave that one with you. Waterproof, box of twenty, thirty-five dollars.",
            ),
            (U, "Ha, fair enough."),
            (C, "And the eye drops ninety-eight, so one hundred thirty-three altogether."),
            (U, "Octopus is fine."),
            (C, "Okay, tap here. Try to rest your eyes from the screen a bit, ya."),
        ],
    ),
    (
        "q14",
        "Hong Kong bakery",
        [],
        "not a repeat: the order is read back once to confirm it before ringing up; the warm-or-not question is new",
        [
            (C, "Hi, next! What can I get you?"),
            (U, "Six egg tarts, two pineapple buns with butter, and one chicken pie, please."),
            (C, "Pineapple bun with butter, you want it warm?"),
            (U, "Warm, please."),
            (C, "Okay, one second."),
            (U, "It smells amazing in here."),
            (C, "Everything baked this morning. The pies come out again at eleven."),
            (
                C,
                "Okay, let me check: six egg tarts, two pineapple buns with butter, warm, one chicken pie. Correct?",
            ),
            (U, "That's it, yes."),
            (C, "Sixty-eight dollars. I put the tarts in a box so they don't break, okay?"),
            (U, "Lovely, thanks."),
            (C, "Here. Careful, still hot."),
        ],
    ),
    (
        "q15",
        "Mong Kok phone shop",
        [],
        "not a repeat: a string of different questions about the cable, and the payment question re-asked only after the customer says 'sorry?'",
        [
            (U, "Hi, I need a charging cable."),
            (C, "Which phone you using?"),
            (U, "An iPhone 13."),
            (C, "Okay, Lightning. One metre or two metre?"),
            (U, "Two, please."),
            (C, "White or black?"),
            (U, "Black."),
            (C, "You need the plug also, or just the cable?"),
            (U, "Just the cable."),
            (C, "Okay, ninety-five dollars. Paying by card?"),
            (U, "Sorry? It's so loud with that speaker outside."),
            (C, "Card, or cash?"),
            (U, "Oh, cash. Here's a hundred."),
            (C, "Five dollars change. Thank you!"),
        ],
    ),
    (
        "q16",
        "Central pharmacy",
        [],
        "not rushed: one sunscreen recommendation fitted to the customer's hike, with the bag and receipt questions spread through a relaxed visit",
        [
            (C, "Hi, can I help you find anything?"),
            (U, "Yes, I'm looking for sunscreen. I'm hiking Dragon's Back tomorrow."),
            (
                C,
                "Oh, nice trail. For hiking I'd take this one, SPF fifty, water-resistant, it doesn't run into your eyes when you sweat.",
            ),
            (U, "Perfect, I'll take it."),
            (U, "Is the trail hard?"),
            (
                C,
                "Not too bad. Bring lots of water, and take the bus from Shau Kei Wan, easier than a taxi.",
            ),
            (U, "Good tip, thanks."),
            (C, "Okay, eighty-nine dollars. Need a plastic bag? It's one dollar.", {"pause": 4.0}),
            (U, "No, it'll go in my backpack. Octopus okay?"),
            (C, "Of course, tap here."),
            (C, "Receipt for you?", {"pause": 3.0}),
            (U, "No, that's fine."),
            (C, "Enjoy the hike, the view at the top is beautiful."),
        ],
    ),
    (
        "q17",
        "Hong Kong camera shop",
        [],
        "not rushed: a film starter pack offered once early, and a film club leaflet mentioned much later after a long unhurried chat",
        [
            (U, "Hi, I'm just looking at the film cameras. Is this Olympus working?"),
            (C, "Yes, fully tested. Shutter, light meter, all good. You shot film before?"),
            (U, "A bit, at uni. I want to get back into it."),
            (
                C,
                "Then this one is good to start again. If you take it, we have a starter pack, three rolls of Kodak, a bit cheaper than buying separately.",
            ),
            (U, "Maybe. Let me hold it first."),
            (
                U,
                "Oh, it's lovely. Quite light. Where do you like to shoot around here?",
                {"pause": 20.0},
            ),
            (
                C,
                "Sham Shui Po is good, old buildings, lots of character. Or the Star Ferry at sunset.",
            ),
            (U, "I love the Star Ferry. Okay, I'll take the camera, just the camera for now."),
            (C, "Sure. Two thousand two hundred. Card can or not?", {"pause": 8.0}),
            (U, "Card's fine."),
            (
                C,
                "By the way, we have a film club, every tenth roll developed free. No pressure, take a leaflet if you like.",
                {"pause": 40.0},
            ),
            (U, "Oh, I'll take one, thanks."),
        ],
    ),
    (
        "q18",
        "Hong Kong camera shop",
        [],
        "not gossip or repeat: the manager is named and praised for lens repairs; the customer repeats her own question about the pickup day",
        [
            (U, "Hi, my lens makes a grinding noise when it zooms. Can you fix it?"),
            (C, "Let me see. Hm, maybe sand inside. You went to the beach?"),
            (U, "Yes, Repulse Bay last weekend."),
            (
                C,
                "Our manager, Mr Cheung, does all the lens repairs himself. Thirty years fixing Canon lenses, very careful.",
            ),
            (C, "He's in the back, I'll show him."),
            (
                C,
                "He says it's sand in the zoom ring. Cleaning is four hundred fifty, ready in three days.",
                {"pause": 60.0},
            ),
            (U, "Okay. Will it be ready before Saturday? I fly home on Sunday."),
            (C, "Yes, Thursday afternoon."),
            (
                U,
                "Sorry, just to be sure, it'll definitely be done before the weekend? I really can't leave without it.",
            ),
            (
                C,
                "Don't worry, Thursday. If there's any problem Mr Cheung will call you himself. Your phone number for the repair ticket?",
            ),
            (U, "Sure, it's 9123 4567."),
            (C, "Okay, here's your ticket. Bring it on Thursday."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout201", HELDOUT201, 2011)
