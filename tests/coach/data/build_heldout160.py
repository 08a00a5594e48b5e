# ruff: noqa: E501
"""Build the coach's held-out set 160: written by writer-160 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Indian English with
"only", "na", "itself", "one minute", "sir", "madam", "bhaiya"): counters in Mumbai
and Bangalore: a chemist in Jayanagar and one in Borivali, mobile phone shops on
Lamington Road, SP Road and in Andheri, sweet shops in Dadar, Ghatkopar and
Basavanagudi, bakeries in Malleswaram and Bandra, stationery shops in Girgaon and
Basavanagudi, and supermarket billing counters in both cities. The cashier often
speaks twice in a row.

Mix: 4 gossip (a neighbour's daughter eloping, the previous customer's bounced
cheque, the owner's brother's land fraud, the cashier's own husband's drinking),
4 repeated_question (which brand, how many kilos asked three times, which phone
model, how many copies), 3 rushed_upsell (membership card, app and combo at a
supermarket; extended warranty, screen guard, app and theft insurance at a phone
shop; combo, loyalty card and cake booking at a bakery), and 7 hard "not" cases
(warm chat about the customer's own trip; a repair colleague and the manager named
and praised for work; the customer gossips while the cashier deflects; a "sorry?"
re-ask and an order read back to confirm; different cake-order questions of the
same shape; one tailored thermometer recommendation with the usual bag and bill
questions; two offers far apart in a relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT160 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Dadar sweet shop",
        ["gossip"],
        "cashier tells a customer how a neighbour's daughter eloped with the driver's son and the family is ashamed",
        [
            (C, "Yes madam, what to give?"),
            (U, "Half kilo kaju katli and two hundred fifty grams of mava peda."),
            (C, "Okay, one minute."),
            (
                C,
                "Madam, you stay Shivaji Park side na? You heard about the Deshpande girl from the third floor?",
            ),
            (U, "No, what happened?"),
            (
                C,
                "She ran off with the driver's son only, took the jewellery from the cupboard and all. Parents came to know in the morning when her bed was empty.",
            ),
            (
                C,
                "The mother is not coming out of the house from shame itself, and the whole building is talking. They are saying the boy doesn't even have a job.",
            ),
            (U, "Oh. Can you pack the peda separately?"),
            (C, "Yes, yes. Total five hundred eighty."),
            (U, "GPay is fine?"),
            (C, "Scan here, madam."),
        ],
    ),
    (
        "q02",
        "Jayanagar chemist",
        ["gossip"],
        "cashier tells the next customer that the man who just left gave a cheque that bounced, and speculates about his money and his wife",
        [
            (U, "Can you give me this, from the prescription? Telma forty."),
            (C, "One minute, sir, let me check stock."),
            (C, "Yes, available. How many strips?"),
            (U, "Three."),
            (C, "You saw that gentleman who just went out, the one with the white Innova?"),
            (U, "Not really."),
            (
                C,
                "Six months he is taking medicines on credit, sir. Finally he gave us a cheque for eighteen thousand and it bounced. Big house in JP Nagar, but he can't pay a chemist.",
            ),
            (
                C,
                "Our owner is saying he will tell the whole association. His wife also doesn't know, I think, all the money is going in the share market.",
            ),
            (U, "Hmm. How much is this?"),
            (C, "Six hundred forty two, sir."),
            (U, "Card."),
            (C, "Insert, please. PIN you enter."),
        ],
    ),
    (
        "q03",
        "Lamington Road mobile phone shop",
        ["gossip"],
        "cashier tells a customer the owner's brother sold the same plot twice with a forged signature and the family is fighting",
        [
            (U, "Bhaiya, I want a type C charger, the fast one, thirty three watt."),
            (C, "Original or compatible?"),
            (U, "Original, it's for a Redmi."),
            (C, "Eleven ninety nine. I'll open the box and check in front of you."),
            (C, "Seth is not here today, he has gone to Panvel court again."),
            (
                C,
                "His brother sold the same plot to two parties, sir, forged the father's signature and everything. Now there is a police case and Seth is running around to save him. Whole family is fighting, at the cousin's wedding also nobody spoke to each other.",
            ),
            (U, "Hmm. Can you test it on my phone?"),
            (C, "See, fast charging is showing."),
            (U, "Okay, pack it."),
            (C, "Here, bill is inside the box."),
        ],
    ),
    (
        "q04",
        "Malleswaram bakery",
        ["gossip"],
        "cashier overshares about her own husband coming home drunk, wasting his salary and selling her gold chain",
        [
            (C, "Good morning, sir. Fresh bread came just now."),
            (U, "One sandwich loaf and six khara buns, please."),
            (C, "Sliced?"),
            (U, "Yes, sliced."),
            (C, "Sorry sir, I'm a bit slow today, I didn't sleep at all."),
            (
                C,
                "My husband came home at two o'clock again, fully drunk, shouting on the staircase. Neighbours also came out. Whole salary he finishes in the bar only, I am paying the school fees from this job.",
            ),
            (U, "Oh, I'm sorry to hear that."),
            (
                C,
                "Last month he sold my gold chain also, didn't even tell me. What to do, my mother says adjust.",
            ),
            (U, "That's tough. How much is it?"),
            (C, "One hundred twenty, sir."),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "Andheri supermarket billing counter",
        ["repeated_question"],
        "cashier asks which oil brand, is told Fortune sunflower, and after scanning and a bag question asks which company again",
        [
            (C, "Next, please. Madam, put everything on the belt."),
            (U, "And one litre oil also, from the shelf behind you."),
            (C, "Which brand you want, Fortune or Gemini?"),
            (U, "Fortune sunflower, the pouch."),
            (C, "Okay."),
            (C, "This biscuit packet is not scanning. One minute, I'll type the code."),
            (U, "No hurry."),
            (C, "Bag you have, or I'll give?"),
            (U, "I brought my own."),
            (C, "And the oil, which company I should give you?"),
            (U, "Fortune, I just told you. Sunflower."),
            (C, "Total one thousand three hundred sixty, madam."),
        ],
    ),
    (
        "q06",
        "Basavanagudi sweet shop",
        ["repeated_question"],
        "cashier asks how many kilos of Mysore pak, is told three, and asks the quantity twice more after other questions",
        [
            (U, "I want Mysore pak for Deepavali, for gifting."),
            (C, "How many kilos you want?"),
            (U, "Three kilos, in half kilo boxes."),
            (C, "The ghee one or the hard one?"),
            (U, "Ghee one, soft."),
            (C, "Boxes with ribbon or plain?"),
            (U, "Ribbon, it's for office people."),
            (C, "So total how much I should weigh, madam?"),
            (U, "Three kilo, I said."),
            (C, "Okay, okay. Ribbon only gold colour is there now."),
            (U, "That's fine."),
            (C, "Madam, one kilo or two kilo you told?"),
            (U, "Three! Six boxes of half kilo each."),
        ],
    ),
    (
        "q07",
        "SP Road mobile phone shop",
        ["repeated_question"],
        "cashier asks which phone the cover is for, is told Samsung A54, and after showing covers asks the model again",
        [
            (C, "Yes sir, tell me."),
            (U, "I need a back cover, something transparent."),
            (C, "Which phone you're using?"),
            (U, "Samsung A fifty four."),
            (
                C,
                "Transparent is there, and one with camera protection also. Two fifty and three fifty.",
            ),
            (U, "Show me the three fifty one."),
            (C, "See, corners are shockproof, even if it falls nothing will happen."),
            (U, "Okay, this is fine."),
            (C, "And what model is your mobile, sir, so I take the correct box?"),
            (U, "A fifty four. I told you na."),
            (C, "Three fifty, sir."),
        ],
    ),
    (
        "q08",
        "Girgaon stationery shop",
        ["repeated_question"],
        "cashier asks how many copies, is told twenty five, and after colour, binding and cover questions asks how many sets again",
        [
            (U, "Xerox of this, both sides."),
            (C, "How many copies?"),
            (U, "Twenty five."),
            (C, "Colour or black and white?"),
            (U, "Black and white. And spiral binding for one set."),
            (C, "Plastic sheet on top also?"),
            (U, "Yes, blue one."),
            (C, "Machine is warming up, one minute."),
            (C, "How many sets I should take out, madam?"),
            (U, "Twenty five, same as I said."),
            (C, "Okay. Twelve pages each, so six hundred, plus binding forty."),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Whitefield supermarket billing counter",
        ["rushed_upsell"],
        "customer says her cab is waiting; cashier fires membership card, app cashback and a shampoo combo in quick succession",
        [
            (U, "Quickly please, my cab is waiting outside."),
            (C, "Okay madam, scanning."),
            (C, "Madam, you have our membership card? Five percent off on every bill.", RR),
            (U, "No, no time.", R),
            (C, "Only two minutes to make, just mobile number I need.", R),
            (C, "And download our app, hundred rupees cashback on first order.", R),
            (U, "Later.", R),
            (
                C,
                "This week combo also, shampoo with conditioner free, one ninety nine only, I'll add?",
                R,
            ),
            (U, "No! Just the bill, please."),
            (C, "Eight hundred twelve."),
        ],
    ),
    (
        "q10",
        "Andheri mobile phone shop",
        ["rushed_upsell"],
        "customer buying a phone has a train to catch; cashier rattles off extended warranty, screen guard, shop app and theft insurance",
        [
            (
                U,
                "This Vivo, the blue one, I'll take. Be quick please, I have to catch the six ten fast.",
            ),
            (C, "Yes sir, billing it."),
            (C, "Sir, extended warranty you'll take? One more year, only nine ninety nine.", RR),
            (U, "No.", R),
            (C, "Screen guard I'll put? Tempered glass, two ninety nine, two minutes it takes.", R),
            (U, "No bhaiya, train.", R),
            (C, "Then at least download our shop app, sir, service reminders and coupons come.", R),
            (C, "Theft insurance also we have, very cheap.", R),
            (U, "Just give me the box, yaar."),
            (C, "Okay sir, swipe here."),
        ],
    ),
    (
        "q11",
        "Bandra bakery",
        ["rushed_upsell"],
        "mother late for the school bus; cashier pushes a puff combo, loyalty card and Christmas cake booking one after another",
        [
            (
                U,
                "One brown bread and two chicken puffs, parcel. Fast please, the school bus is coming.",
            ),
            (C, "Okay."),
            (C, "Ma'am, take the combo na, puff with cold coffee, only hundred twenty.", RR),
            (U, "No.", R),
            (C, "Our loyalty card you have? Every tenth puff free.", R),
            (U, "No, no.", R),
            (C, "Christmas plum cake booking also started, shall I write your name?", R),
            (U, "Please, I'm late."),
            (C, "Ninety five, ma'am."),
        ],
    ),
    # ------------------------------------------------------- hard "not" cases
    (
        "q12",
        "Borivali chemist",
        [],
        "not gossip: warm chat about the customer's own trip with his mother, with dosing advice; no third party talked about",
        [
            (U, "Give me Avomine, one strip, and five ORS packets."),
            (C, "Travelling somewhere, uncle?"),
            (U, "Yes, taking my mother to Varanasi next week. First time she is going by plane."),
            (C, "Oh nice, she must be so excited."),
            (
                C,
                "Give her the tablet half an hour before the flight, then no vomiting. Not on an empty stomach.",
            ),
            (
                U,
                "Okay. She is eighty two, still very sharp, she remembers everybody's phone number.",
            ),
            (C, "Wow, better than me itself. Keep the ORS in the handbag, it gets hot there."),
            (U, "Yes, I will."),
            (C, "Total two hundred ten. Have a nice darshan, uncle."),
        ],
    ),
    (
        "q13",
        "Koramangala mobile phone shop",
        [],
        "not gossip: cashier names the repair colleague and praises the manager only for the work on the customer's phone",
        [
            (U, "My phone is not charging properly. Sometimes it works, sometimes not."),
            (C, "Let me see. I think the port is loose, or dust is there."),
            (
                C,
                "Suresh at the service counter does these, he is very good. He'll clean the port first, many times that itself fixes it.",
            ),
            (U, "How much time will it take?"),
            (
                C,
                "Twenty minutes only. Farida madam, our manager, checks every repair before giving back, she trained all of us, so don't worry.",
            ),
            (U, "Okay, I'll wait."),
            (C, "Write your name here on the job sheet."),
            (C, "Suresh, one charging port, customer is waiting."),
            (U, "Thanks."),
        ],
    ),
    (
        "q14",
        "Ghatkopar sweet shop",
        [],
        "not gossip: the customer gossips about a family's marriage trouble while the cashier declines to join and keeps to the order",
        [
            (
                U,
                "One kilo jalebi and half kilo fafda. Arre, you know the Mehtas from Pant Nagar? Their son's wife left him, went back to her mother's house.",
            ),
            (C, "Madam, I don't know them. Jalebi you want fresh from the kadhai? Five minutes."),
            (
                U,
                "Yes, fresh. They are saying the mother-in-law was troubling her. That lady is a terror, I'm telling you.",
            ),
            (C, "Hmm. Green chutney for the fafda, extra I'll put?"),
            (U, "Yes. And the son also, nobody knows where he goes at night."),
            (C, "That's their family matter, madam, what can we say."),
            (C, "Here, jalebi, hot hot. Four hundred eighty."),
            (U, "Here."),
        ],
    ),
    (
        "q15",
        "Basavanagudi stationery shop",
        [],
        "not a repeat: cashier asks 'sorry?' over traffic noise, then reads the whole order back once to confirm it",
        [
            (C, "Tell me, sir."),
            (
                U,
                "For my son's school project: two white chart papers, one small Fevicol, a pack of sketch pens and ten coloured A4 sheets.",
            ),
            (C, "Sorry, sir? A bus was honking, I didn't hear the last thing."),
            (U, "Ten coloured A4 sheets."),
            (C, "Okay."),
            (
                C,
                "So I'll read once: two white charts, one small Fevicol, one sketch pen pack, ten coloured A4. Correct?",
            ),
            (U, "Correct. Oh, and one glue stick."),
            (C, "Glue stick also. What is the project?"),
            (U, "Solar system model, fourth standard."),
            (C, "Nice. Thermocol balls we don't keep, but the shop next door has them."),
            (C, "One hundred sixty five, sir."),
        ],
    ),
    (
        "q16",
        "Indiranagar bakery",
        [],
        "not a repeat: a cake order needs several different questions of the same shape (flavour, weight, name, time, eggless)",
        [
            (U, "I want to order a birthday cake for Saturday."),
            (C, "Sure, madam. Which flavour?"),
            (U, "Chocolate truffle."),
            (C, "How much weight, one kilo or half?"),
            (U, "One kilo."),
            (C, "What name to write on top?"),
            (U, "Anika. A, N, I, K, A."),
            (C, "What time you'll come to collect?"),
            (U, "Around five in the evening."),
            (C, "Eggless or with egg?"),
            (U, "Eggless, my mother-in-law will also eat."),
            (
                C,
                "So Saturday five pm, one kilo eggless chocolate truffle, Anika. Advance three hundred, madam.",
            ),
            (U, "Fine, here."),
        ],
    ),
    (
        "q17",
        "JP Nagar chemist",
        [],
        "not rushed: one recommendation tailored to a feverish child, then the usual cover and bill questions spread out",
        [
            (U, "Paracetamol syrup for my daughter, she has fever since last night."),
            (C, "How old is she, madam?"),
            (U, "Four years."),
            (
                C,
                "Then this one, five ml as per the doctor's chart. You have a thermometer at home?",
            ),
            (U, "Ours broke last month, actually."),
            (
                C,
                "For small kids the digital one is easier, madam, beep comes in ten seconds, no need to hold her still. Two forty.",
                {"pause": 2.0},
            ),
            (
                U,
                "Okay, give that also. She has her school annual day on Friday, I hope she is fine by then.",
            ),
            (C, "She'll be fine, give plenty of water and let her rest.", {"pause": 4.0}),
            (C, "Cover you want?", {"pause": 6.0}),
            (U, "No, I'll keep it in my bag."),
            (C, "Bill I'll put inside?", {"pause": 5.0}),
            (U, "Yes, please."),
        ],
    ),
    (
        "q18",
        "Borivali supermarket billing counter",
        [],
        "not rushed: two offers far apart (double points early, a tea promotion much later) in an unhurried visit with a regular",
        [
            (C, "Good evening, uncle. Long time, how are you?"),
            (U, "Fine, beta. I went to Pune to my son's place for one month."),
            (C, "Oh nice. Grandson must be big now."),
            (U, "Four years old, full naughty. He broke my spectacles also."),
            (
                C,
                "This Saturday we have double points on the card, uncle, if you want to come then for the monthly stock.",
            ),
            (U, "Let's see, beta. Today I need only these."),
            (C, "Rain has started early this year, na?", {"pause": 12.0}),
            (U, "Yes, whole Pune road was flooded, the bus took six hours."),
            (C, "Bapre. Good you reached safe.", {"pause": 8.0}),
            (
                C,
                "Uncle, the new Tata tea pack has a free glass this month, if you're interested. Aisle four.",
                {"pause": 15.0},
            ),
            (U, "No, no, I'm a Wagh Bakri man only."),
            (C, "Three hundred seventy. Cash or card?"),
            (U, "Cash."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout160", HELDOUT160, 1601)
