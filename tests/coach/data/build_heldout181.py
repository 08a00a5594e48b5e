# ruff: noqa: E501
"""Build the coach's held-out set 181: written by writer-181 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, East African English
with the odd dialect word: "sawa", "pole", "mzee", "madam", "boss", "we are
together"): counter staff in Nairobi, Kampala and Dar es Salaam at a supermarket
till, an M-Pesa / mobile-money agent inside a pharmacy, a hardware shop, a
butchery, a bakery and a phone-accessory kiosk. The cashier often speaks twice in
a row (scanning, fetching, then carrying on).

Mix: 4 gossip (a previous customer's sugar daddy, the branch manager's land
fraud, a colleague's secret second family, the cashier's own sister's bride-price
quarrel), 4 repeated_question (cement brand, kilos of meat answered with a number
both times, whether to deliver, which network), 3 rushed_upsell (loyalty card,
raffle, airtime, phone insurance cover, data bundle fired back to back), and 7
hard "not" cases: warm chat about the customer's own family with the bag and
receipt questions; a colleague and the manager named for work reasons and praised;
the customer gossips while the cashier deflects; a "sorry?" re-ask over a
generator plus an order read back to confirm; different "which ..." questions of
the same shape plus a customer repeating her own question; one tailored add-on with
the routine bag/receipt questions spread out; two offers far apart in a relaxed
visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT181 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Nairobi supermarket till",
        ["gossip"],
        "cashier tells the next customer about the previous shopper's married sugar daddy paying for everything",
        [
            (C, "Karibu, madam. Is that everything in the basket?"),
            (U, "Yes, just these ones."),
            (C, "Sawa, let me scan."),
            (
                C,
                "Did you see the lady who was just here before you? The one with the long wig and the gold handbag?",
            ),
            (U, "Not really, I was on my phone."),
            (
                C,
                "Every Friday she comes with an old mzee, maybe sixty-five, and he pays for everything. Everything! Even her hair food and her nail polish.",
            ),
            (
                C,
                "The whole branch knows he has a wife and grown children in Karen. The poor woman has no idea this girl is finishing his pension here.",
            ),
            (U, "Mm. Okay."),
            (C, "That one will be one thousand two hundred and forty shillings."),
            (U, "I'll pay with M-Pesa."),
            (C, "The till number is on the stand there."),
        ],
    ),
    (
        "q02",
        "Kampala hardware shop",
        ["gossip"],
        "cashier slanders the branch manager: says he sold one plot to three buyers with forged titles",
        [
            (U, "Good afternoon. I need two boxes of three-inch nails and a roll of binding wire."),
            (C, "Afternoon, boss. Let me get them from the back."),
            (C, "Here we are. Three-inch, two boxes, and the wire."),
            (U, "Thank you. How much is it?"),
            (C, "Sixty-eight thousand. Eh, by the way, do you know our branch manager, Mr. Ssali?"),
            (U, "I don't think so."),
            (
                C,
                "That man sold the same plot in Mukono to three different people. Three! Forged land titles, stamps, everything. Now two of the buyers are looking for him with the police.",
            ),
            (
                C,
                "And he still comes here in his Prado every morning preaching to us about honesty with the cash. Me, I just laugh in my heart.",
            ),
            (U, "That's serious. Can I pay with mobile money?"),
            (C, "Yes, send to the number on that board. We are together."),
            (U, "Sent."),
            (C, "Received, thank you. Go well."),
        ],
    ),
    (
        "q03",
        "Dar es Salaam bakery",
        ["gossip"],
        "cashier exposes a colleague's secret second family to a customer",
        [
            (C, "Morning, dada. What can I get you?"),
            (U, "Half a dozen mandazi and two loaves of white bread, please."),
            (C, "The mandazi are still warm, they have just come out."),
            (U, "Perfect."),
            (C, "You know Juma who does the night baking? The quiet tall one?"),
            (U, "I think I've seen him once or twice."),
            (
                C,
                "He has a wife and three kids in Mwanza, but here in Dar he keeps another woman in Sinza with a small baby. Neither of them knows about the other one.",
            ),
            (
                C,
                "Last week she brought the baby here looking for him and he hid in the flour store! I feel sorry for the wife, honestly.",
            ),
            (U, "Eish. Okay, how much do I owe you?"),
            (C, "Seven thousand five hundred."),
            (U, "Here's ten."),
            (C, "Your change. Karibu again."),
        ],
    ),
    (
        "q04",
        "Nairobi butchery",
        ["gossip"],
        "cashier overshares his own family's bride-price fight while cutting meat",
        [
            (U, "Sasa boss. Give me one kilo of goat, the ribs."),
            (C, "Sawa, mzee. Ribs only, or I mix in some steak?"),
            (U, "Ribs only."),
            (C, "You'll excuse me if I'm slow, my head is not here today."),
            (U, "Pole. Is everything okay?"),
            (
                C,
                "It's my sister's wedding. The boy's people came with eighty thousand and three goats for the dowry, and my father refused, he wants two cows. Then my sister stood up and shouted at him in front of all the elders.",
            ),
            (
                C,
                "Now my mother is not talking to her, the boy's uncle called us greedy people, and guess who they want to buy the cows? Me! With this salary.",
            ),
            (U, "Aiya. That's tough."),
            (C, "Family, I'm telling you. Okay, one kilo exactly, that's seven hundred."),
            (U, "Here's a thousand."),
            (C, "Three hundred back. Thank you, boss."),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "Kampala hardware shop",
        ["repeated_question"],
        "cashier asks which cement brand, gets 'Hima', then after small talk asks which make again",
        [
            (U, "Hello. I need cement for a foundation, ten bags."),
            (C, "Okay. Which brand do you want, Tororo or Hima?"),
            (U, "Hima. That's what my fundi asked for."),
            (C, "Sawa. Where are you building?"),
            (U, "In Kira, near the new secondary school."),
            (C, "Ah, Kira is growing so fast. Even the road there is now tarmac."),
            (U, "Yes, it's much better than two years ago."),
            (C, "And the rains have eased, so you'll get a good week to pour."),
            (C, "So for the cement, what make should I write on the delivery note?"),
            (U, "Hima, like I said."),
            (C, "Okay, ten bags. That's three hundred and forty thousand."),
            (U, "I'll do a bank transfer."),
        ],
    ),
    (
        "q06",
        "Nairobi butchery",
        ["repeated_question"],
        "cashier asks how many kilos, customer says two; after chat about in-laws he asks how much to weigh and she says two again",
        [
            (C, "Welcome, madam. Beef or goat today?"),
            (U, "Beef, the one for stew."),
            (C, "How many kilos should I cut?"),
            (U, "Two."),
            (C, "Are you cooking for visitors? You don't usually buy this much."),
            (U, "My in-laws are coming from Nyeri for the weekend."),
            (C, "Ah, that's nice. Then you need proper meat, not bones, so they don't talk."),
            (C, "Okay, now, how much beef am I weighing for you?"),
            (U, "Two."),
            (C, "Sawa. That comes to one thousand three hundred."),
            (U, "Let me send on M-Pesa."),
        ],
    ),
    (
        "q07",
        "Dar es Salaam bakery",
        ["repeated_question"],
        "cashier asks whether to deliver the cake, customer says she'll carry it; after small talk he asks again if they should send it",
        [
            (U, "Hello, I ordered a birthday cake on the phone. For Neema."),
            (C, "Yes, the chocolate one with the pink writing. It's ready."),
            (C, "Do you want us to deliver it, or will you carry it yourself?"),
            (U, "I'll carry it. I came with a bajaji, it's waiting outside."),
            (C, "Okay. How old is the birthday girl?"),
            (U, "She's turning seven on Saturday."),
            (C, "Seven already! She'll love the pink, the icing came out very nice."),
            (U, "I hope so, she chose the colour herself."),
            (C, "Now, should we send the cake with our delivery boy this afternoon, or no?"),
            (U, "No, I told you, I'm taking it with me now."),
            (C, "Ah, sorry. Thirty-five thousand, please."),
        ],
    ),
    (
        "q08",
        "Dar es Salaam M-Pesa agent at a pharmacy",
        ["repeated_question"],
        "agent asks which network for the withdrawal, customer says Vodacom; after chat about her day he asks again which line the money is on",
        [
            (U, "Good evening. I want to withdraw fifty thousand."),
            (C, "Evening, madam. Is it Vodacom or Tigo?"),
            (U, "Vodacom."),
            (C, "You look tired today. Long day at work?"),
            (U, "Very long. We had stock-taking from six in the morning."),
            (C, "Pole sana. Stock-taking is the worst, counting every small screw."),
            (U, "You're telling me."),
            (C, "Okay, and this money, is it sitting on your Vodacom line or on the Tigo one?"),
            (U, "Vodacom. The red one."),
            (C, "Sawa, dial and put my agent number. Fifty thousand."),
            (U, "Done, it's sent."),
            (C, "Received. Here is your cash, count it."),
        ],
    ),
    # ----------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Nairobi supermarket till",
        ["rushed_upsell"],
        "cashier fires a points card, a raffle ticket and airtime back to back while the customer says only no",
        [
            (C, "Evening, boss. Is this all?"),
            (U, "Yes."),
            (
                C,
                "Do you have our points card? Let me register you now, it's free, just your phone number.",
                RR,
            ),
            (U, "No.", R),
            (
                C,
                "Then take a raffle ticket, fifty bob only, you can win a fridge this Saturday.",
                R,
            ),
            (U, "Mm, no.", R),
            (C, "And airtime? I can load Safaricom for you right here at the till.", R),
            (U, "No, thanks.", R),
            (C, "Total is two thousand and sixty."),
            (U, "Card."),
        ],
    ),
    (
        "q10",
        "Kampala phone-accessory kiosk",
        ["rushed_upsell"],
        "after fitting a screen protector the seller pushes insurance cover, a data bundle, a loyalty card and a raffle in one burst",
        [
            (U, "I want a screen protector for this Tecno Spark."),
            (C, "Okay, give me the phone, let me fit it for you."),
            (
                C,
                "Done, it's fitted. Also take our phone insurance cover, only ten thousand a month, if the screen breaks we replace.",
                RR,
            ),
            (U, "Ah, no.", R),
            (C, "Then a data bundle, I can load you twenty gigs for the month.", R),
            (U, "I have.", R),
            (C, "Join our loyalty card, every fifth protector is free.", R),
            (U, "Eh...", R),
            (C, "And there's a raffle this week, buy a ticket and you can win a new Infinix.", R),
            (U, "No, just the protector.", R),
            (C, "Fifteen thousand then."),
        ],
    ),
    (
        "q11",
        "Nairobi M-Pesa agent at a pharmacy",
        ["rushed_upsell"],
        "after a deposit the agent pushes airtime, a data bundle and a pharmacy raffle in quick succession; customer barely answers",
        [
            (U, "I want to deposit twenty thousand to my M-Pesa."),
            (C, "Sawa, give me the number."),
            (U, "Zero seven two two, four one eight, three five nine."),
            (C, "Done, twenty thousand deposited, the message is coming."),
            (C, "Buy airtime from me also, I have all networks.", RR),
            (U, "No.", R),
            (C, "Or a data bundle? The weekly one is very cheap.", R),
            (U, "Mm-mm.", R),
            (C, "And we have a raffle for our pharmacy customers, a hundred bob a ticket.", R),
            (U, "No, I'm fine.", R),
            (C, "Okay. The message has come? Good."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Nairobi supermarket till",
        [],
        "not gossip: warm chat about the customer's own daughter's graduation; bag and receipt questions asked once each, far apart",
        [
            (C, "Hello, madam. Wow, that's a lot of soda!"),
            (U, "It's for a party. My daughter graduates from Kenyatta University tomorrow."),
            (C, "Congratulations! What did she study?"),
            (U, "Nursing. Four years of hard work."),
            (C, "Eh, that's a big achievement. You must be very proud of her."),
            (C, "These cakes and the serviettes, also for the party?"),
            (U, "Yes, all of it."),
            (C, "Do you need a carrier bag, or did you bring your own?"),
            (U, "Give me two big ones."),
            (C, "Sawa. Four thousand seven hundred and twenty, with the bags."),
            (U, "Here's my card."),
            (C, "Thank you. Do you want the receipt?", {"pause": 6.0}),
            (U, "Yes, please."),
            (C, "Here you are. Enjoy the party, and congratulations to the nurse!"),
        ],
    ),
    (
        "q13",
        "Kampala hardware shop",
        [],
        "not gossip: a colleague is called over and praised for his roofing estimates and the manager is named for approving a bulk discount",
        [
            (U, "Hello, I need roofing sheets, but I'm not sure which gauge."),
            (C, "Is it for a house or a store?"),
            (U, "A small house, three rooms, in Wakiso."),
            (
                C,
                "Then I'd say gauge thirty. But let me call Okello, he does all our roofing estimates and he rarely gets a count wrong.",
            ),
            (C, "Okello! Come and help this gentleman with sheets for a three-room house."),
            (U, "Thank you, that's kind."),
            (
                C,
                "Also, our manager, Mrs. Nakato, approved five percent off this month for anyone taking more than twenty sheets.",
            ),
            (U, "That's helpful. I'll probably need about thirty."),
            (C, "Then you qualify. Okello will count them and write the slip, and you pay here."),
            (U, "Sawa, I'll wait for him."),
        ],
    ),
    (
        "q14",
        "Nairobi butchery",
        [],
        "not gossip: the customer gossips about a neighbour's husband and the house girl; the cashier deflects twice and goes back to the mince",
        [
            (U, "Give me half a kilo of minced meat."),
            (C, "Sawa, madam. Let me grind it fresh."),
            (
                U,
                "Did you hear about Mama Otieno from the flats? They say her husband ran away with the house girl.",
            ),
            (C, "Ah, I wouldn't know about that, madam."),
            (U, "And the girl is only nineteen! The whole estate is talking."),
            (C, "People talk a lot, eh. The machine is nearly done."),
            (U, "You don't know her? She buys here every week."),
            (
                C,
                "Many people buy here, I don't follow their stories. Do you want some fat mixed in, or lean only?",
            ),
            (U, "Lean only."),
            (C, "That's three hundred and fifty."),
            (U, "Here."),
            (C, "Thank you, madam. Have a good evening."),
        ],
    ),
    (
        "q15",
        "Dar es Salaam bakery",
        [],
        "not a repeat: a 'sorry?' re-ask over a loud generator, then the whole order read back once to confirm it",
        [
            (U, "Good morning. I want to order for a send-off party on Saturday."),
            (C, "Morning. Okay, tell me what you need."),
            (U, "Two hundred samosas, one hundred mandazi and a big vanilla cake."),
            (C, "What should we write on the cake?"),
            (U, "Farewell Mama Rehema, with one flower."),
            (C, "Sorry? The generator is too loud, say that again?"),
            (U, "Farewell Mama Rehema. With one flower."),
            (C, "Got it. And what time will you pick up?"),
            (U, "Around ten in the morning."),
            (
                C,
                "Let me read it back: two hundred samosas, one hundred mandazi, one big vanilla cake saying Farewell Mama Rehema with a flower, pick-up Saturday at ten. Is that right?",
            ),
            (U, "Yes, exactly."),
            (C, "Then a deposit of half, please. That's sixty thousand."),
            (U, "I'll pay by M-Pesa."),
        ],
    ),
    (
        "q16",
        "Nairobi phone-accessory kiosk",
        [],
        "not a repeat: different 'which ...' questions (type, length, colour) each answered once; the customer repeats her own question about originality",
        [
            (U, "Do you have a charger for a Samsung A14?"),
            (C, "Yes. Which type do you want, the fast one or the normal one?"),
            (U, "The fast one."),
            (C, "Which length of cable, one metre or two?"),
            (U, "One metre is fine."),
            (C, "And which colour, black or white?"),
            (U, "White. Is it original?"),
            (C, "It's a good copy, and it has a six-month warranty."),
            (U, "But is it original? I don't want it to burn my phone."),
            (
                C,
                "Not original from Samsung, no. The original one is in the glass case, it's three thousand more.",
            ),
            (U, "Okay, let me just take the copy."),
            (C, "Sawa. One thousand eight hundred."),
        ],
    ),
    (
        "q17",
        "Dar es Salaam M-Pesa agent at a pharmacy",
        [],
        "not rushed: one tailored add-on (saline drops for a child's night cough) and the usual payment, bag and receipt questions spread over a calm visit",
        [
            (U, "Good afternoon, daktari. My son has a bad cough, he's five."),
            (C, "Pole. Is it a dry cough, or with phlegm?"),
            (U, "Dry, mostly at night."),
            (
                C,
                "Then this children's syrup, five mls three times a day. Since it's worse at night, saline nose drops can also help him breathe while he sleeps.",
            ),
            (U, "Okay, add the drops too."),
            (C, "Sawa. Are you paying cash or M-Pesa?"),
            (U, "M-Pesa. And after that I also want to withdraw twenty thousand."),
            (
                C,
                "No problem, I'm the agent as well. Send for the medicine first, it's eleven thousand five hundred.",
            ),
            (U, "Sent."),
            (C, "Received. Now for the withdrawal, can I see your ID?", {"pause": 8.0}),
            (U, "Here it is."),
            (C, "Do you want a small paper bag for the medicines?", {"pause": 10.0}),
            (U, "Yes, please. And a receipt for the medicine, my employer refunds it."),
            (
                C,
                "Of course. Here's your cash, the bag and the receipt. I hope he sleeps well tonight.",
            ),
        ],
    ),
    (
        "q18",
        "Dar es Salaam supermarket till",
        [],
        "not rushed: a loyalty card mentioned once early and a biscuit promotion near the end, far apart in an unhurried chat with a grandfather",
        [
            (C, "Good evening, mzee. How is the family?"),
            (
                U,
                "They are fine, thank you. The grandchildren are visiting, so I'm buying for an army.",
            ),
            (
                C,
                "Then you have come to the right place. Do you have our loyalty card? Points on all this would be nice.",
            ),
            (U, "No, I've never bothered with those things."),
            (U, "Where do you keep the cooking oil? I forgot it."),
            (C, "Aisle three, on the bottom shelf. Take your time, I'll wait."),
            (U, "Found it. The five-litre one.", {"pause": 45.0}),
            (C, "Good. Are the children staying long?"),
            (U, "Two weeks. Their parents are in Arusha for work."),
            (C, "They'll eat you out of the house, mzee!", {"pause": 2.0}),
            (
                C,
                "Before I close the bill: this month, if you buy two packets of biscuits you get one free. With grandchildren, it could be useful.",
                {"pause": 3.0},
            ),
            (U, "Ah, that one I'll take. Bring three."),
            (C, "Sawa. Everything comes to eighty-six thousand."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout181", HELDOUT181, 1811)
