# ruff: noqa: E501
"""Build the coach's held-out set 184: written by writer-184 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, South Asian English:
"bhai", "ji", "yaar", "na", "only" for emphasis, "do one thing", "what to do"; no
whole sentences in Urdu, Punjabi or Bengali): counter staff and customers in Lahore,
Karachi and Dhaka, at a bakery, a pharmacy, a mobile-phone shop, a grocery store, a
sweet shop and a fabric shop. The cashier sometimes speaks twice in a row.

Mix: 4 gossip (a previous customer's son eloping, the owner's tax evasion, a
colleague's secret engagement, the cashier's brother-in-law's debts), 4
repeated_question (kilos of sweets, answered with a number both times; cake size;
cash or card; whether it is a gift), 3 rushed_upsell (screen guard, mobile package
and extended warranty; loyalty card, lucky draw and a deal; warranty, loyalty card
and lucky draw), and 7 hard "not" cases: warm chat about the customer's own
wedding plans; a pharmacist and manager named for work and praised; a customer who
gossips while the cashier deflects; an order read back plus a "sorry?" re-ask;
different questions of the same shape plus a customer repeating her own question;
one tailored recommendation with the routine bag and receipt questions; two offers
far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT184 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Lahore sweet shop",
        ["gossip"],
        "cashier tells the next customer that the previous customer's son ran off and married a girl from the next mohalla",
        [
            (C, "Assalam-o-alaikum ji, what can I give you?"),
            (U, "One kilo barfi and half kilo gulab jamun, please."),
            (C, "Ji, right away."),
            (
                C,
                "You saw that uncle who just left? Grey shalwar kameez, the one buying five kilos of laddoo?",
            ),
            (U, "Yes, I noticed him."),
            (
                C,
                "Bhai, his son eloped last week only. Ran off with the tailor's daughter from the next street, they did nikah in some court in Gujranwala.",
            ),
            (
                C,
                "Now uncle is distributing laddoo so people think he approved. Whole mohalla knows the boy didn't even tell his mother.",
            ),
            (U, "Achha. Okay."),
            (C, "Barfi and jamun, that comes to fourteen hundred and fifty."),
            (U, "Here, two thousand."),
            (C, "Five fifty back. Thank you ji."),
        ],
    ),
    (
        "q02",
        "Karachi pharmacy",
        ["gossip"],
        "cashier overshares that the pharmacy owner hides sales from the tax people with a second register",
        [
            (C, "Yes sir, prescription?"),
            (U, "Yes, this one. And a strip of Panadol."),
            (C, "Give me one minute, I'll get it from the back."),
            (U, "Can I get a proper bill? I need it for my office claim."),
            (
                C,
                "Bill I'll give you, but between us, half of the bills here never go in the system.",
            ),
            (
                C,
                "Seth sahib keeps two registers, yaar. One for FBR, one for himself. Last year he showed sales of only four lakh a month, and this shop does that in one week.",
            ),
            (U, "Hmm. I just need the bill."),
            (
                C,
                "He even has his nephew's name on the licence so the tax notices go to some empty flat in Gulshan.",
            ),
            (U, "Okay, how much is it?"),
            (C, "Eleven hundred and twenty. Printing your bill now."),
        ],
    ),
    (
        "q03",
        "Dhaka mobile-phone shop",
        ["gossip"],
        "cashier reveals a colleague's secret engagement that the colleague has hidden from everyone",
        [
            (C, "Hello bhai, you came for the charger?"),
            (U, "Yes, the fast charger for the Samsung. Type C."),
            (C, "Twenty-five watt is there. Eighteen hundred taka."),
            (U, "Fine, give that one."),
            (
                C,
                "You know Rakib who sits at the repair counter? Don't tell anyone, but he got engaged secretly last month.",
            ),
            (
                C,
                "His family doesn't know only. The girl is from Chittagong, her father is against it, so they did the ring ceremony at a friend's flat. He keeps the ring in his pocket so nobody sees.",
            ),
            (U, "Okay... I don't know him much."),
            (
                C,
                "He told only me, and now he's asking for a loan for the wedding, can you imagine.",
            ),
            (U, "Can you pack the charger, please?"),
            (C, "Yes, yes. Eighteen hundred."),
        ],
    ),
    (
        "q04",
        "Lahore fabric shop",
        ["gossip"],
        "cashier overshares her own family drama: her brother-in-law's debts and creditors coming to the house",
        [
            (C, "Ji baji, how many metres did you finalise?"),
            (U, "Three metres of the blue lawn, and two of the white cotton for the dupatta."),
            (C, "Okay, I'll cut it."),
            (U, "Is the lawn colourfast? Last time the colour ran."),
            (C, "This one is fine, it's from the good mill."),
            (
                C,
                "Sorry baji, I'm a bit distracted today. My brother-in-law has taken loans from three different committees and now he can't pay any of them.",
            ),
            (
                C,
                "Last night two men came to our house at eleven o'clock asking for him. My sister was crying the whole night, and he was hiding on the roof, I'm telling you.",
            ),
            (U, "Oh. That sounds difficult."),
            (
                C,
                "And he already sold her gold bangles and nobody in the family knows. Anyway, five metres total, thirty-two hundred.",
            ),
            (U, "Here you go."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "Karachi sweet shop",
        ["repeated_question"],
        "cashier asks how many kilos of mithai after the customer already said two, and she answers with the number again",
        [
            (C, "Ji madam, what will you take today?"),
            (U, "Mixed mithai for my son's result, he passed his matric."),
            (C, "Mashallah, congratulations! How many kilos should I pack?"),
            (U, "Two kilos."),
            (C, "Which board was he in?"),
            (U, "Karachi board, science group. He got an A-one."),
            (C, "Very good, very good. He'll be an engineer then."),
            (U, "Inshallah. He wants to do medical, but let's see."),
            (C, "So how much weight do you want in total, madam?"),
            (U, "Two. Two kilos, I told you."),
            (C, "Okay ji, two kilos. Twenty-four hundred."),
        ],
    ),
    (
        "q06",
        "Karachi bakery",
        ["repeated_question"],
        "cashier asks the cake size again in other words after the customer already said two pounds",
        [
            (C, "Good evening sir, birthday cake?"),
            (U, "Yes, chocolate fudge. For my daughter, she's turning six."),
            (C, "Which size, one pound, two pound or three?"),
            (U, "Two pound will do, it's just family."),
            (C, "What name should we write on top?"),
            (U, "Write 'Happy Birthday Zoya'. Z-O-Y-A."),
            (C, "Nice name. Do you want candles, number six?"),
            (U, "Yes, one number six."),
            (C, "And how big a cake you want, sir, small or the bigger one?"),
            (U, "I said two pound na."),
            (C, "Ah yes, sorry. Two pound chocolate fudge, twenty-six hundred with the candle."),
        ],
    ),
    (
        "q07",
        "Lahore grocery store",
        ["repeated_question"],
        "cashier asks again whether payment is by cash or card after the customer already said card",
        [
            (C, "Salam bhai, that's everything?"),
            (U, "Yes, and add one packet of Lipton also."),
            (C, "Added. Cash or card?"),
            (U, "Card."),
            (C, "Load-shedding is killing us today yaar, the freezer was off for three hours."),
            (U, "Same at our place. The UPS battery is finished also."),
            (C, "These batteries don't last more than a year now."),
            (C, "Okay, total is six thousand four hundred. You'll pay by cash, or card machine?"),
            (U, "Card, bhai. I said."),
            (C, "Okay okay, insert it here."),
        ],
    ),
    (
        "q08",
        "Dhaka mobile-phone shop",
        ["repeated_question"],
        "cashier asks a second time in other words whether the phone is a gift after the customer said it is for her brother",
        [
            (C, "Apu, this Redmi is the one you want?"),
            (U, "Yes, the blue one, 128 GB."),
            (C, "Is it a gift, or for yourself?"),
            (U, "It's a gift, for my younger brother. He just joined university."),
            (C, "Which university?"),
            (U, "BUET. Civil engineering."),
            (C, "Very good! Tough to get in there."),
            (C, "Okay, the box is sealed. Will you be giving this to someone, should I wrap it?"),
            (U, "Yes, I told you, it's for my brother."),
            (C, "Right, right. I'll wrap it. Twenty-two thousand five hundred."),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Karachi mobile-phone shop",
        ["rushed_upsell"],
        "cashier rattles off a screen guard, a mobile package and an extended warranty back to back while the customer barely answers",
        [
            (C, "Sir, your Oppo is ready, thirty-eight thousand."),
            (U, "Okay."),
            (C, "Sir, glass screen guard also? Only five hundred, I'll put it right now.", RR),
            (U, "No.", R),
            (
                C,
                "Sim is new na? Do one thing, take the monthly Jazz package, thirty GB, I'll activate it here only.",
                R,
            ),
            (U, "Um...", R),
            (
                C,
                "And extended warranty sir, one more year for just two thousand, covers the motherboard.",
                R,
            ),
            (U, "No, just the phone."),
            (C, "Okay, thirty-eight thousand then."),
        ],
    ),
    (
        "q10",
        "Lahore grocery store",
        ["rushed_upsell"],
        "cashier fires a loyalty card, a lucky draw and a cooking-oil deal at the customer in one quick burst",
        [
            (C, "Four items, bhai. Thirteen hundred and forty."),
            (U, "Here, two thousand."),
            (
                C,
                "Bhai, you have our loyalty card? Make it now, free, points on every purchase.",
                RR,
            ),
            (U, "No, it's...", R),
            (
                C,
                "And lucky draw is going on, above two thousand you get a coupon, just add two hundred more and you're in, motorbike prize.",
                R,
            ),
            (U, "Hmm.", R),
            (
                C,
                "Oil is on offer also, five-litre Dalda with one kilo sugar free, should I add?",
                R,
            ),
            (U, "No thanks. Just the change."),
            (C, "Six sixty back."),
        ],
    ),
    (
        "q11",
        "Dhaka pharmacy",
        ["rushed_upsell"],
        "cashier pushes an extended warranty, a loyalty card and a lucky draw in quick succession on a customer buying a BP monitor",
        [
            (C, "Omron BP machine, four thousand two hundred taka."),
            (U, "Yes, that's for my father."),
            (
                C,
                "Extended warranty also, apa? Three years instead of one, only six hundred extra.",
                RR,
            ),
            (U, "No...", R),
            (
                C,
                "Our member card you have? Five percent off on medicines every time, I'll make it now only, just your phone number.",
                R,
            ),
            (U, "Not now.", R),
            (
                C,
                "And put your name in the Eid lucky draw, first prize is a fridge, just fill this slip.",
                R,
            ),
            (U, "No, please, I'm in a hurry."),
            (C, "Okay, four thousand two hundred."),
        ],
    ),
    # ------------------------------------------------------------ hard "not"
    (
        "q12",
        "Dhaka fabric shop",
        [],
        "warm chat about the customer's own daughter's wedding and her fabric choices; no third-party gossip, no repeats, no offers",
        [
            (C, "Khala, you chose the red katan finally?"),
            (U, "Yes, for my daughter's holud and wedding. Next month, the fourteenth."),
            (C, "Oh, congratulations! Red will look so beautiful on her."),
            (C, "How many yards do you need for the blouse and the lehenga?"),
            (U, "Six yards of the red, and two of the golden net."),
            (C, "Good choice, the golden net will sit nicely on the red."),
            (U, "My daughter was worried it would look too heavy, but I think it's perfect."),
            (C, "It's perfect, khala, don't worry. She will look like a queen."),
            (C, "Eight yards total, nine thousand six hundred taka."),
            (U, "Here. And pray for them."),
            (C, "Of course. Best wishes to the whole family."),
        ],
    ),
    (
        "q13",
        "Lahore pharmacy",
        [],
        "colleagues are named only for work reasons and praised: the pharmacist checks a dosage, the manager arranged stock",
        [
            (C, "Ji uncle, prescription?"),
            (U, "Yes, the doctor has changed my sugar medicine. Is this one available?"),
            (
                C,
                "Let me see... Glucophage five hundred we have, but the eight-fifty strength I'll confirm with Asif sahib, he's our pharmacist.",
            ),
            (C, "Asif sahib, one minute please, uncle's prescription."),
            (U, "Okay, no hurry."),
            (
                C,
                "He says the eight-fifty is right, take it after dinner only, not on an empty stomach.",
            ),
            (U, "Very good, thank you."),
            (
                C,
                "Our manager Nadia baji arranged a full carton of this last week because it was short everywhere. She's very good with these things.",
            ),
            (U, "That's a relief. Last month I went to four shops."),
            (C, "Two strips, nine hundred and sixty."),
        ],
    ),
    (
        "q14",
        "Karachi sweet shop",
        [],
        "the customer gossips about a neighbour's family; the cashier politely deflects back to the order",
        [
            (C, "Ji aunty, what will you take?"),
            (
                U,
                "One kilo rasmalai. You know the Siddiquis in block thirteen? Their daughter-in-law left the house after one year only.",
            ),
            (C, "I wouldn't know, aunty. Rasmalai in the big box or two small ones?"),
            (U, "Big box. Everyone is saying the mother-in-law threw her out over the dowry."),
            (C, "Allah knows best, aunty. Anything else, some samosas?"),
            (U, "No, just this. But really, such a shame, that family."),
            (C, "Hmm. One kilo rasmalai, sixteen hundred."),
            (U, "Here."),
            (C, "Thank you, aunty, take care."),
        ],
    ),
    (
        "q15",
        "Dhaka bakery",
        [],
        "the cashier reads the order back once to confirm it and re-asks once after a 'sorry?'; nothing answered is asked again",
        [
            (C, "Bhaiya, what do you need?"),
            (U, "Two dozen chicken patties, one pound fruit cake and a packet of dry cake."),
            (
                C,
                "So that's twenty-four chicken patties, one fruit cake of one pound and one dry cake packet, correct?",
            ),
            (U, "Correct."),
            (C, "Patties warm or cold? They just came out of the oven."),
            (U, "Sorry?", {"pause": 1.6}),
            (C, "The patties, you want them warm? Fresh batch is ready now."),
            (U, "Oh, warm, yes. It's for office tea."),
            (C, "Good, everyone will enjoy. Total thirteen hundred and forty taka."),
            (U, "Here."),
        ],
    ),
    (
        "q16",
        "Lahore grocery store",
        [],
        "cashier asks different questions of the same shape about different items; the customer repeats her own question about tea",
        [
            (C, "Baji, the rice, which one do you want, basmati or sella?"),
            (U, "Sella, five kilo."),
            (C, "And the daal, which one, masoor or chana?"),
            (U, "Masoor, one kilo."),
            (U, "Do you have Tapal Danedar in the big pack?"),
            (C, "Let me check the back."),
            (C, "Which oil should I give, the Sufi or the Eva?"),
            (U, "Sufi. And the Tapal, is the big pack there or not?"),
            (C, "Yes, found it, the nine-fifty gram pack."),
            (U, "Good, add that."),
            (C, "Total five thousand two hundred."),
        ],
    ),
    (
        "q17",
        "Dhaka mobile-phone shop",
        [],
        "one tailored recommendation (a rugged cover for an elderly mother who drops her phone) plus the usual bag and receipt questions in a relaxed visit",
        [
            (C, "Bhai, which phone did you like?"),
            (
                U,
                "The Nokia with the big buttons. It's for my mother, she can't handle touch screens.",
            ),
            (C, "Good choice for her, the battery lasts almost a week."),
            (U, "That's exactly what I wanted. She forgets to charge it."),
            (C, "Does she drop it sometimes? Many older people do."),
            (U, "All the time, yaar. The last one cracked completely."),
            (
                C,
                "Then maybe take this rubber cover, it's three hundred taka. It'll save the phone if it falls.",
            ),
            (U, "Okay, good idea, give that."),
            (C, "So Nokia and the cover, thirty-three hundred.", {"pause": 3.0}),
            (U, "Here."),
            (C, "Should I put it in a bag?", {"pause": 2.5}),
            (U, "Yes, please."),
            (C, "And you want the printed receipt, for warranty?", {"pause": 2.0}),
            (U, "Yes, give that."),
        ],
    ),
    (
        "q18",
        "Karachi fabric shop",
        [],
        "two offers, a stitching service early and a member card at the end, far apart in a relaxed visit",
        [
            (C, "Salam, sir. Looking for shalwar kameez cloth?"),
            (U, "Yes, something light for summer. White or sky blue."),
            (C, "This wash-and-wear is very comfortable, doesn't crease."),
            (U, "Feels good. Four metres of the sky blue."),
            (
                C,
                "We also have a tailor upstairs, if you want we can get it stitched, ready in one week.",
            ),
            (U, "No, my tailor is fixed. Thanks."),
            (C, "No problem.", {"pause": 6.0}),
            (U, "Do you have this in off-white also?", {"pause": 25.0}),
            (C, "Yes, here. Same quality."),
            (U, "Then four metres of that too."),
            (C, "Both cut and folded. Eight metres, sixty-four hundred.", {"pause": 40.0}),
            (U, "Here you go."),
            (
                C,
                "Sir, if you come often, we have a member card, ten percent off after five visits. Want one?",
                {"pause": 8.0},
            ),
            (U, "Maybe next time."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout184", HELDOUT184, 1841)
