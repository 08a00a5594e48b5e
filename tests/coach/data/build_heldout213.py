# ruff: noqa: E501
"""Build the coach's held-out set 213: written by writer-213 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors: cashiers and customers in Abuja (Wuse, Garki, Gwarinpa, Kubwa)
and Port Harcourt (Rumuokoro, Trans-Amadi, D-Line, Mile One), speaking Nigerian
English with normal case and punctuation ("abeg", "oga", "madam", "how far",
"no wahala", "sharp sharp", "this one"): a supermarket till, a POS agent's booth,
a pharmacy, a phone shop, a bakery and a building-materials store. The cashier
sometimes speaks twice in a row.

Mix, 18 conversations: 4 gossip (the previous customer's fake gold business, the
oga's contract scam with the ministry, a colleague's sugar daddy, the cashier's own
brother's yahoo-boy arrest); 4 repeated_question (crates of drinks re-asked and
answered with a number both times, the network for a recharge, the size of cement
bag, whether the cake is for a wedding); 3 rushed_upsell (loyalty card, raffle and
promo add-on; screen protector, extended warranty and data bundle; data bundle,
points card, raffle and savings account); 7 hard "not" cases (warm chat about the
customer's new baby; the storekeeper and the manager named for work and praised;
the customer gossips while the cashier deflects; an order read back to confirm it;
a "sorry?" re-ask with different questions of the same shape; one tailored
recommendation with the routine bag and receipt questions; two offers far apart in
a relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT213 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "POS agent's booth, Mile One, Port Harcourt",
        ["gossip"],
        "agent tells the next customer the man who just left sells fake gold to market women",
        [
            (U, "How far, I want to withdraw ten thousand."),
            (
                C,
                "No wahala, bring your card. Did you see that man in the white agbada who just left?",
            ),
            (U, "The tall one?"),
            (
                C,
                "That one. He sells fake gold chains to the women in Mile One market, he paints brass and calls it eighteen carat.",
            ),
            (
                C,
                "One woman nearly tore his shirt here last month, she said her neck turned green after one week. Yet he still comes here to withdraw fat money every Friday.",
            ),
            (U, "Ehen. Okay."),
            (C, "Enter your PIN. The charge is two hundred."),
            (U, "Done."),
            (C, "Here is your ten thousand, count it."),
        ],
    ),
    (
        "q02",
        "building-materials store, Kubwa, Abuja",
        ["gossip"],
        "cashier tells a customer her oga inflated a ministry contract and never built the road",
        [
            (U, "Good afternoon. I want twenty bags of cement and two bundles of iron rod."),
            (C, "Good afternoon sir. Twelve mm or sixteen mm rod?"),
            (U, "Twelve."),
            (C, "Okay. You see all this new stock? Na ministry money oh."),
            (U, "How do you mean?"),
            (
                C,
                "Our oga got a road contract from the Ministry of Works last year, he collected the mobilisation fee, doubled the price on paper, and not one kilometre has been tarred till today.",
            ),
            (
                C,
                "He just bought a new Prado with it. Even the site engineer is complaining that he has not been paid.",
            ),
            (U, "Hmm. Let me just pay for my own cement."),
            (C, "That will be two hundred and thirty-one thousand sir."),
        ],
    ),
    (
        "q03",
        "bakery, Garki, Abuja",
        ["gossip"],
        "cashier discusses a colleague's rich old sugar daddy and the car he bought her",
        [
            (U, "Abeg give me two loaves of sliced bread and four meat pies."),
            (C, "Okay madam. You know Blessing that usually sells here in the morning?"),
            (U, "The fair one with braids?"),
            (
                C,
                "Yes. She has resigned. Her sugar daddy, one retired general old enough to be her grandfather, rented her a flat in Jabi and bought her a Venza.",
            ),
            (
                C,
                "And she still has a boyfriend in Kaduna who doesn't know anything. We are all just watching.",
            ),
            (U, "Eh, okay. How much is everything?"),
            (C, "Four thousand eight hundred madam."),
            (U, "Transfer is fine?"),
            (C, "Yes, the account number is on the wall."),
        ],
    ),
    (
        "q04",
        "phone shop, Trans-Amadi, Port Harcourt",
        ["gossip"],
        "shop attendant overshares about her own brother's arrest for internet fraud",
        [
            (U, "Good morning. I want to buy a charger for this Tecno."),
            (C, "Morning sir. Type-C abi the old one? Let me see the phone."),
            (U, "Here."),
            (
                C,
                "Type-C. Sorry I'm slow today, I did not sleep at all. EFCC came to our house on Tuesday night and carried my younger brother.",
            ),
            (
                C,
                "He has been doing yahoo since he left school, all those laptops and iPhones, my mother was defending him. Now they say he will be charged to court and my mother has been crying since.",
            ),
            (U, "Sorry about that."),
            (C, "Thank you. The fast charger is seven thousand five hundred."),
            (U, "Okay, I will take it."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "supermarket till, Rumuokoro, Port Harcourt",
        ["repeated_question"],
        "asks again how many crates after it was answered with a number; customer answers with the number again",
        [
            (U, "Good evening. I want to buy crates of Coke for a party."),
            (C, "Good evening ma. How many crates are you taking?"),
            (U, "Six."),
            (C, "Okay. Party for who, your son?"),
            (U, "My husband is fifty on Sunday."),
            (C, "Ah, congratulations to him! Fifty is big oh."),
            (U, "Thank you. We are just doing small thing in the house."),
            (C, "Nice. So how many crates of the Coke should I write down for you?"),
            (U, "Six. Like I said."),
            (C, "Okay, six crates. The boys will carry them to your car."),
        ],
    ),
    (
        "q06",
        "POS agent's booth, Gwarinpa, Abuja",
        ["repeated_question"],
        "asks which network again, in other words, after the customer said MTN",
        [
            (U, "Abeg I want airtime of two thousand."),
            (C, "Which network?"),
            (U, "MTN."),
            (C, "Okay. The heat today ehn, this NEPA has not brought light since morning."),
            (U, "Don't mind them. Our side too, three days now."),
            (C, "We are just managing the generator. Give me the number."),
            (U, "Zero eight zero three, four one two, five five six seven."),
            (C, "Okay. Is this line Glo or Airtel?"),
            (U, "It's MTN. I told you before."),
            (C, "Sorry, okay. It has gone through."),
        ],
    ),
    (
        "q07",
        "building-materials store, Rumuokoro, Port Harcourt",
        ["repeated_question"],
        "asks the size of cement bag again after the customer chose the fifty kilo bag",
        [
            (U, "Oga, I need cement for a fence I'm building."),
            (C, "Okay. Fifty kilo bag or the small twenty-five kilo one?"),
            (U, "Fifty kilo."),
            (C, "Good. And how many bags?"),
            (U, "Fifteen bags."),
            (C, "Your mason is the one mixing?"),
            (U, "Yes, he is coming with the truck by four."),
            (C, "Okay. The big bag is what you want, or should I bring the small bags?"),
            (U, "The fifty kilo, the big one."),
            (C, "Alright, fifteen bags. Pay at the counter, then give the boys the slip."),
        ],
    ),
    (
        "q08",
        "bakery, Wuse 2, Abuja",
        ["repeated_question"],
        "asks again whether the cake is for a wedding after the customer said it was for her sister's wedding",
        [
            (U, "Good afternoon. I came to order a cake."),
            (C, "You are welcome madam. What is the occasion, is it for a wedding?"),
            (U, "Yes, my sister's wedding, the fourteenth of next month."),
            (C, "How many tiers are you thinking?"),
            (U, "Three, white and gold."),
            (C, "That will be fine. We can do fondant or buttercream."),
            (C, "Fondant holds better in this heat."),
            (U, "Then fondant."),
            (C, "Okay. So this cake, is it a birthday cake or for a wedding?"),
            (U, "Wedding. My sister's wedding, I said it already."),
            (C, "Okay madam. You will pay half as deposit today."),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "supermarket till, Wuse, Abuja",
        ["rushed_upsell"],
        "loyalty card, raffle ticket and a promo add-on fired back to back at a customer in a hurry",
        [
            (U, "Just this Peak milk and the Milo."),
            (
                C,
                "Okay. Do you have our loyalty card? You can register now, it's free and you get points.",
                RR,
            ),
            (U, "No.", R),
            (
                C,
                "We also have a raffle, if you buy a ticket for five hundred you can win a generator.",
                R,
            ),
            (U, "No thanks.", R),
            (C, "And the Milo is buy two get one sachet free, should I bring another one?", R),
            (U, "Abeg, just the two things.", R),
            (C, "Six thousand two hundred."),
        ],
    ),
    (
        "q10",
        "phone shop, D-Line, Port Harcourt",
        ["rushed_upsell"],
        "screen protector, extended warranty and data bundle pushed in one breath",
        [
            (U, "I'll take the Infinix Hot, the blue one."),
            (
                C,
                "Good choice. Let me put screen protector and pouch on it, it's only four thousand.",
                RR,
            ),
            (U, "I'm fine.", R),
            (
                C,
                "You should add the extended warranty, one extra year for eight thousand, if the screen cracks we change it.",
                R,
            ),
            (U, "No.", R),
            (
                C,
                "Okay, and data, we have ten gig bundle for three thousand five hundred, let me load it now for you?",
                R,
            ),
            (U, "No. Just the phone.", R),
            (C, "Okay, it's one hundred and twenty-five thousand."),
        ],
    ),
    (
        "q11",
        "POS agent's booth, Kubwa, Abuja",
        ["rushed_upsell"],
        "data bundle, points card, raffle and account opening pushed at a customer who only came to deposit",
        [
            (U, "I want to deposit twenty thousand to this account."),
            (C, "Okay. You want data too? I have MTN two gig for one thousand.", RR),
            (U, "No.", R),
            (
                C,
                "Then collect our points card, every transaction you do here you get points for free airtime.",
                R,
            ),
            (U, "Hmm.", R),
            (
                C,
                "There is also the Christmas raffle, one thousand per ticket, first prize is a bag of rice and a goat.",
                R,
            ),
            (U, "No.", R),
            (C, "And I can open Opay or Moniepoint account for you right now, sharp sharp.", R),
            (U, "Abeg just do my deposit.", R),
            (C, "Okay, write the account number."),
        ],
    ),
    # ----------------------------------------------------------- hard "not"
    (
        "q12",
        "pharmacy, Garki, Abuja",
        [],
        "NOT gossip: warm chat about the customer's own newborn and naming ceremony",
        [
            (U, "Good morning. I need baby diapers, size one, and gripe water."),
            (C, "Good morning. Ah, is it a new baby?"),
            (U, "Yes oh, my wife delivered last week. A girl."),
            (C, "Congratulations! God has blessed you. How is madam doing?"),
            (U, "She is recovering well, thank God."),
            (C, "That's good to hear. When is the naming?"),
            (U, "Saturday. We are calling her Oluwadamilola."),
            (
                C,
                "Beautiful name. Make sure madam rests well, and bring the baby for her immunisation on time.",
            ),
            (C, "The diapers and gripe water come to eleven thousand four hundred."),
            (U, "Thank you very much."),
        ],
    ),
    (
        "q13",
        "building-materials store, Trans-Amadi, Port Harcourt",
        [],
        "NOT gossip: the storekeeper and the manager named for work and praised",
        [
            (
                U,
                "I'm looking for floor tiles for a sitting room, something that won't be slippery.",
            ),
            (
                C,
                "Okay sir. Let me call Emeka, he is our storekeeper, he knows every tile we have in the warehouse.",
            ),
            (U, "Alright."),
            (
                C,
                "He tiled the whole showroom himself, his work is very neat. If you need a tiler he can recommend someone good.",
            ),
            (U, "That will help me."),
            (
                C,
                "The matte sixty by sixty is the one that doesn't slip. For a big order our manager, Mrs Amadi, can approve a discount.",
            ),
            (C, "She is very fair, she will do it for you if you are taking above forty cartons."),
            (U, "I think I need about forty-five."),
            (C, "Then let me take you to her office."),
        ],
    ),
    (
        "q14",
        "supermarket till, Gwarinpa, Abuja",
        [],
        "NOT gossip: the customer gossips about a neighbour's politician husband while the cashier deflects",
        [
            (
                U,
                "Have you heard? That woman in Third Avenue, her husband, the senator's aide, they say he has another wife in Lagos.",
            ),
            (
                C,
                "Ah madam, I don't know anything about that one oh. Do you want a bag for these things?",
            ),
            (
                U,
                "Yes. Everybody in the estate is talking about it. And the second wife just had twins.",
            ),
            (C, "Hmm. Let me scan your rice first."),
            (U, "I'm telling you, that house will scatter."),
            (C, "Madam, the total is eighteen thousand six hundred. Card or transfer?"),
            (U, "Card."),
            (C, "Okay, insert it. Have a nice day ma."),
        ],
    ),
    (
        "q15",
        "bakery, Rumuokoro, Port Harcourt",
        [],
        "NOT repeat: the cashier reads the whole order back once to confirm it",
        [
            (U, "I want two agege bread, one dozen doughnuts and three sausage rolls."),
            (C, "Okay. The doughnuts, sugar or the ones with jam inside?"),
            (U, "Jam."),
            (
                C,
                "No wahala. So I have two agege bread, twelve jam doughnuts and three sausage rolls. Is that correct?",
            ),
            (U, "Yes, that's everything."),
            (C, "That's five thousand nine hundred."),
            (U, "Let me transfer."),
            (C, "Okay, show me when it drops. Thank you."),
        ],
    ),
    (
        "q16",
        "POS agent's booth, Rumuokoro, Port Harcourt",
        [],
        "NOT repeat: a 'sorry?' re-ask over generator noise, then different questions of the same shape",
        [
            (U, "Good evening. I want to do transfer and withdraw too."),
            (C, "Okay. Which bank is the transfer going to?"),
            (U, "Sorry? This generator is too loud."),
            (C, "I said, which bank are you sending the money to?"),
            (U, "UBA."),
            (C, "How much are you sending?"),
            (U, "Fifteen thousand."),
            (C, "And how much cash do you want to collect?"),
            (U, "Five thousand."),
            (
                C,
                "Okay. Enter your PIN for the withdrawal. The transfer has gone, here is the slip.",
            ),
            (U, "Thank you, oga."),
        ],
    ),
    (
        "q17",
        "pharmacy, Wuse, Abuja",
        [],
        "NOT rushed: one tailored recommendation, then the routine bag and receipt questions in a relaxed visit",
        [
            (U, "Good afternoon. The doctor said I have malaria, he wrote this Coartem."),
            (C, "Sorry oh. Let me check. Yes, we have it."),
            (
                C,
                "Take it with food, something fatty like milk or akara, it absorbs better. And since you have fever, you can add this paracetamol, it is cheap.",
            ),
            (U, "Okay, add the paracetamol."),
            (C, "Finish all six doses even if you feel better tomorrow."),
            (U, "I will."),
            (C, "Should I put them in a nylon for you?", {"pause": 5.0}),
            (U, "No, I have my bag."),
            (
                C,
                "That is four thousand three hundred. Do you need a receipt for your office?",
                {"pause": 6.0},
            ),
            (U, "Yes please."),
            (C, "Here. Get well soon."),
        ],
    ),
    (
        "q18",
        "supermarket till, Trans-Amadi, Port Harcourt",
        [],
        "NOT rushed: two offers far apart in a relaxed visit full of small talk",
        [
            (C, "Good afternoon sir, welcome."),
            (U, "How far. Just this spaghetti and the tomato paste."),
            (C, "By the way, the Golden Penny spaghetti is buy five, get one free this week."),
            (U, "Okay, let me take five then."),
            (C, "Sharp. You are cooking for a crowd?"),
            (U, "My in-laws are visiting from Owerri."),
            (
                C,
                "Ah, then you need to cook well oh. The rain today sha, did you come with umbrella?",
            ),
            (U, "No, I left it in the car."),
            (C, "It has reduced small. Your total is eleven thousand two hundred."),
            (U, "Here."),
            (
                C,
                "Would you like to register for our loyalty card? It saves you money next time.",
                {"pause": 8.0},
            ),
            (U, "Maybe another day."),
            (C, "No problem. Enjoy your visitors."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout213", HELDOUT213, 2131)
