# ruff: noqa: E501
"""Build the coach's held-out set 156: written by writer-156 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, East African English
with the odd Swahili or Luganda word, never whole sentences in either): a Nairobi
supermarket, a Kampala mobile money kiosk, a Nairobi and a Kampala pharmacy, an
Industrial Area hardware shop and a Ntinda hardware shop, an Eastlands bakery and a
Kampala cake bakery, and fuel station shops on Mombasa Road and Entebbe Road.

Mix: 4 gossip (a pastor's affair with a choir member, the previous customer's
bounced mobile money, the owner's son stealing stock, the cashier's own
brother-in-law's debts), 4 repeated_question (which bread, how many kilos of sugar
asked three times, which network, how much airtime), 3 rushed_upsell (loyalty
points card, app, bundle, insurance cover, jackpot ticket fired at customers in a
hurry), 7 hard "not" cases (warm chat about the customer's new baby; the manager
and a colleague named for work and praised; the customer gossips while the cashier
deflects; a cake order read back to confirm it; a "sorry?" re-ask with different
questions of the same shape and a customer repeating her own question; one
tailored recommendation with the bag and receipt questions spread out; two offers
far apart in a relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT156 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Nairobi supermarket",
        ["gossip"],
        "cashier spreads the story of a pastor sleeping with a choir girl and the scene in church",
        [
            (C, "Karibu, madam. Did you find everything?"),
            (U, "Yes, just these. And add one packet of Royco for me."),
            (C, "The Royco is here, I'll put it."),
            (C, "Eh, by the way, you go to that big church in Kawangware, no?"),
            (U, "Sometimes, yes."),
            (
                C,
                "Then you have heard about the pastor. They say he's been sleeping with the young girl from the choir, the soprano, and his wife caught the two of them in the vestry after practice.",
            ),
            (U, "Ah, I don't know anything about that."),
            (
                C,
                "Everyone knows, madam! The girl's mother came shouting on Sunday in front of the whole congregation. Now the elders want him out, and the wife has gone back to her people in Nyeri.",
            ),
            (U, "Hmm. How much is it?"),
            (C, "One thousand two hundred and forty."),
            (U, "I'll pay with M-Pesa."),
            (C, "Sawa. Asante, madam."),
        ],
    ),
    (
        "q02",
        "Kampala mobile money kiosk",
        ["gossip"],
        "agent runs down the previous customer whose transaction bounced, and his whole family",
        [
            (C, "Yes, my friend, depositing or withdrawing?"),
            (U, "Withdrawing. Eighty thousand from my MTN."),
            (C, "Okay, dial the code and put my agent number, it's there on the board."),
            (U, "Done. It should come now."),
            (C, "It has come. Let me count for you."),
            (
                C,
                "You saw that man in the red shirt who was here before you? He sent two hundred thousand to my line, I gave him cash, then the whole thing bounced. Reversed! Now I'm the one who is short.",
            ),
            (U, "Eh, really?"),
            (
                C,
                "That one is a known cheat. His wife also came last month with fake messages on her phone. That whole family are thieves, I'm telling you, I'll put his photo on the wall so everyone knows him.",
            ),
            (U, "Okay. My eighty?"),
            (C, "Here, eighty thousand. Count it."),
            (U, "Webale."),
        ],
    ),
    (
        "q03",
        "Industrial Area hardware shop, Nairobi",
        ["gossip"],
        "cashier tells a customer the owner's son steals stock on Sundays and spends it on a girlfriend",
        [
            (U, "Sasa. I need a bag of cement and two kilos of three-inch nails."),
            (C, "Sawa. Cement is eight fifty, nails two hundred a kilo."),
            (U, "Okay, and one tin of red oxide."),
            (C, "We're out of red oxide this week. You want to know why?"),
            (U, "Why?"),
            (
                C,
                "The boss's son. He comes on Sundays when the shop is closed, loads his pickup and sells everything to the shop across the road. Paint, cement, even the padlocks.",
            ),
            (
                C,
                "The old man refuses to believe it, but all of us see him. He's keeping some girl in Kilimani, that's where the money goes.",
            ),
            (U, "Eh. So there's no red oxide at all?"),
            (C, "Maybe Thursday. That's two thousand two hundred and fifty."),
            (U, "I'll send it by M-Pesa."),
        ],
    ),
    (
        "q04",
        "Nairobi pharmacy",
        ["gossip"],
        "cashier unloads her brother-in-law's debts and her sister's marriage on a mother buying cough syrup",
        [
            (C, "Good afternoon, madam. What can I get you?"),
            (U, "Panadol, and something for a dry cough for my son. He's seven."),
            (C, "This syrup is fine for his age, ten mls three times a day."),
            (U, "Okay, I'll take it."),
            (C, "Pole for the cough. Everyone is sick this season."),
            (
                C,
                "Even me, I'm not sleeping. My sister's husband has borrowed from every shylock in Kisumu, and now they're calling me because I signed as his guarantor. Two hundred thousand! And he drinks it all.",
            ),
            (U, "Oh, sorry to hear."),
            (
                C,
                "And my sister says nothing, she still defends him. Last week the auctioneers came and took their fridge and the TV. I told my mother, this man will finish our family.",
            ),
            (U, "That's hard. How much for these?"),
            (C, "Six hundred and fifty altogether."),
            (U, "Here's a thousand."),
            (C, "Three fifty change. I hope the boy feels better."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Eastlands bakery, Nairobi",
        ["repeated_question"],
        "cashier asks which bread, gets 'the big brown', then after the mandazi business asks whether it was white",
        [
            (C, "Morning, mama. What will it be today?"),
            (U, "One loaf and six mandazi, please."),
            (C, "Which loaf, the white or the brown?"),
            (U, "The brown one, the big size."),
            (C, "Sawa. The mandazi just came out, they're still hot."),
            (U, "Good, the children take them to school."),
            (C, "Do you want the mandazi wrapped on their own?"),
            (U, "No, put them together in one bag."),
            (C, "Okay. And the bread, it was the white sliced for you?"),
            (U, "No, brown. The big brown."),
            (C, "Ah yes, brown. So that's one hundred and eighty for everything."),
            (U, "Here you are."),
        ],
    ),
    (
        "q06",
        "Nairobi supermarket",
        ["repeated_question"],
        "cashier asks how many kilos of sugar three times in different words after it was answered the first time",
        [
            (U, "I want sugar, cooking oil and a tray of eggs."),
            (C, "Okay. How many kilos of sugar?"),
            (U, "Two kilos."),
            (C, "And the oil, one litre or three?"),
            (U, "Three litres, the yellow bottle."),
            (C, "Eggs, we have a full tray of thirty."),
            (U, "That's fine."),
            (C, "Now the sugar, how much do you want?"),
            (U, "Two kilos, my friend."),
            (C, "Sawa. Let me bring from the store, the shelf is empty."),
            (C, "Eh, and the sugar, was it the one kilo you wanted?", {"pause": 25}),
            (U, "Two kilos! I've told you two times now."),
            (C, "Pole, pole. Two kilos."),
        ],
    ),
    (
        "q07",
        "Kampala mobile money kiosk",
        ["repeated_question"],
        "agent asks which network the mother's number is on, gets MTN, then after the ID and number asks again",
        [
            (U, "I want to send money to my mother in Mbarara."),
            (C, "Okay. Which network is her number on, MTN or Airtel?"),
            (U, "MTN."),
            (C, "How much are you sending?"),
            (U, "One hundred and fifty thousand."),
            (C, "Then give me your ID, I have to record it in the book."),
            (U, "Here is my national ID."),
            (C, "Okay, write her number here for me."),
            (U, "There. And her name is Kyomuhendo Grace."),
            (C, "And this line of hers, is it Airtel or MTN?"),
            (U, "MTN. I already told you."),
            (C, "Okay, okay. Sending now."),
        ],
    ),
    (
        "q08",
        "Mombasa Road fuel station shop",
        ["repeated_question"],
        "cashier asks how much airtime, gets two hundred, then after the fuel and water asks again how much credit",
        [
            (C, "Sasa boss. Which pump?"),
            (U, "Pump three, two thousand of petrol. And I want airtime also."),
            (C, "How much airtime?"),
            (U, "Two hundred, Safaricom."),
            (C, "Okay. Two thousand for pump three, I've put it."),
            (U, "And this water, the half litre."),
            (C, "Fifty for the water."),
            (C, "Now the credit, how much should I load for you?"),
            (U, "Two hundred, I said."),
            (C, "Sawa. Total is two thousand two hundred and fifty."),
            (U, "M-Pesa. What's the till number?"),
            (C, "It's on the card there by the sweets."),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Nairobi supermarket",
        ["rushed_upsell"],
        "customer racing for a matatu gets the points card, the app and an oil-and-rice bundle back to back",
        [
            (C, "Next please. Sasa!"),
            (U, "Sasa. Just the bread and milk, quickly please, my matatu is leaving."),
            (
                C,
                "Do you have our points card? You earn on every shilling, I can register you now with your ID number.",
                RR,
            ),
            (U, "No, no time.", R),
            (
                C,
                "Then download our app, just scan this code and you get five percent off today.",
                R,
            ),
            (U, "Not today.", R),
            (
                C,
                "And this week there's a bundle, three litres of oil with two kilos of rice for nine ninety-nine, I can add it?",
                R,
            ),
            (U, "No! Just the bread and milk.", R),
            (C, "Okay. One hundred and twenty."),
            (U, "Here, keep the change."),
        ],
    ),
    (
        "q10",
        "Entebbe Road fuel station shop",
        ["rushed_upsell"],
        "traveller late for the airport gets motor insurance, a jackpot ticket and the fuel points card in a rush",
        [
            (U, "Quickly please, just this charger cable and a soda, I'm late for the airport."),
            (C, "Okay, ten thousand for the cable, two for the soda."),
            (
                C,
                "Are you covered for motor insurance? We do third party right here, it takes two minutes.",
                RR,
            ),
            (U, "No.", R),
            (
                C,
                "Then take a ticket for the jackpot draw, only two thousand, you can win a car on Friday.",
                R,
            ),
            (U, "No thanks.", R),
            (
                C,
                "Do you have our fuel card? You collect points on every litre, just give me your phone number.",
                R,
            ),
            (U, "Please, I'm late. Just the cable and the soda.", R),
            (C, "Okay. Twelve thousand."),
            (U, "Take. Keep the change."),
        ],
    ),
    (
        "q11",
        "Nairobi pharmacy",
        ["rushed_upsell"],
        "customer with a car blocking the road gets health cover, a vitamin bundle and the app pushed in quick succession",
        [
            (
                U,
                "Hi, I need what's on this prescription, fast please, my car is blocking the road.",
            ),
            (C, "Okay, let me get them. Amoxicillin and the inhaler."),
            (C, "Here they are."),
            (
                C,
                "We also have a family health cover, one thousand a month, shall I give you the form?",
                RR,
            ),
            (U, "No.", R),
            (C, "There's a vitamin bundle, buy the multivitamin and get the zinc half price.", R),
            (U, "No, just these.", R),
            (
                C,
                "And download our app, you get refill reminders and ten percent off next time, just scan here.",
                R,
            ),
            (U, "Not now, please, I have to go.", R),
            (C, "Sawa. Two thousand eight hundred."),
            (U, "M-Pesa. Done."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Kampala pharmacy",
        [],
        "warm chat only about the customer's own new baby and purchase; one ordinary size question",
        [
            (C, "Good morning, sir. You look happy today."),
            (U, "I am! My wife delivered on Saturday, a baby girl."),
            (C, "Congratulations! Is she your first?"),
            (U, "Second. The boy is four now."),
            (C, "Ah, so now you have a pair. What are you calling her?"),
            (U, "Nakato. After my mother."),
            (C, "Beautiful name. So what do you need for them?"),
            (U, "Nappies, the newborn size, and the cream the nurse wrote here."),
            (
                C,
                "Let me see. Yes, we have this one. For the nappies, the small pack or the big one?",
            ),
            (U, "The big one. She's going through them fast."),
            (C, "Fifty-eight thousand for everything."),
            (C, "And greet mama for me. Rest when you can."),
            (U, "Webale, I'll tell her."),
        ],
    ),
    (
        "q13",
        "Industrial Area hardware shop, Nairobi",
        [],
        "the manager and a colleague are named only for colour matching and fetching a tray, and praised for their work",
        [
            (
                U,
                "Sasa. I want to paint my kitchen, something light, and I brought this chip from the old wall.",
            ),
            (
                C,
                "Okay. For matching you need Mr Mwangi, our manager. He mixes the tints himself, he can match almost anything.",
            ),
            (C, "Let me call him. Mr Mwangi! A customer for colour matching."),
            (U, "Thank you."),
            (C, "He's very good, honestly. He once matched a colour just from a photo on a phone."),
            (U, "Then I'm in the right place. I also need a roller and a small brush."),
            (C, "Rollers are here, this nine-inch one is good for walls. Brushes are in that box."),
            (U, "I'll take the roller and the two-inch brush."),
            (
                C,
                "Sawa. If you need a tray also, Akinyi can bring one from the store, they're not on the shelf yet.",
            ),
            (U, "Yes please."),
            (C, "Akinyi, one paint tray please. Thank you, dear."),
        ],
    ),
    (
        "q14",
        "Mombasa Road fuel station shop",
        [],
        "the customer gossips about a neighbour's second wife and son; the cashier declines every time and keeps to the sale",
        [
            (U, "Sasa, Njoki. Is the bread fresh today?"),
            (C, "Sasa. Yes, it came at six."),
            (
                U,
                "Give me one. Eh, did you hear about the Mutua family behind the pumps? The husband has a second wife in Thika, that's why he's never home!",
            ),
            (C, "I wouldn't know about that, mama. White or brown bread?"),
            (
                U,
                "Brown. Everyone knows, even his wife knows, she's just pretending. And the son was arrested last week!",
            ),
            (C, "Hmm. Anything else with the bread?"),
            (U, "Milk, half a litre. You really didn't hear?"),
            (C, "I don't follow those stories, mama. Milk is sixty, bread sixty-five."),
            (C, "One twenty-five altogether."),
            (U, "Okay, here. You're no fun, Njoki."),
            (C, "Asante. Have a good day."),
        ],
    ),
    (
        "q15",
        "Kampala cake bakery",
        [],
        "a birthday cake order read back once to confirm it; each detail was asked only once",
        [
            (C, "Good afternoon. Are you collecting or ordering?"),
            (U, "Ordering. A birthday cake for my daughter, for Saturday."),
            (C, "Okay. What size and what flavour?"),
            (U, "Two kilos, chocolate, with pink icing."),
            (C, "And what should we write on it?"),
            (U, "Happy seventh birthday, Amani."),
            (C, "What time will you pick it up?"),
            (U, "Around ten in the morning."),
            (C, "Let me read it back so we don't make a mistake."),
            (
                C,
                "Two kilo chocolate cake, pink icing, 'Happy seventh birthday, Amani', collection Saturday at ten. Correct?",
            ),
            (U, "Yes, that's right. And Amani is with one M."),
            (C, "One M, I've written it. The deposit is half, sixty thousand."),
            (U, "Okay, here."),
            (C, "Thank you. She's going to love it."),
        ],
    ),
    (
        "q16",
        "Kampala mobile money kiosk",
        [],
        "deposit and withdrawal amounts are different questions of one shape; the number is re-asked only after 'sorry?'; the customer repeats her own question",
        [
            (U, "Hello. I want to deposit on my MTN, and then withdraw from my Airtel."),
            (C, "Okay. How much are you depositing on MTN?"),
            (U, "Fifty thousand."),
            (C, "And how much do you want to withdraw from Airtel?"),
            (U, "Twenty thousand."),
            (C, "What's the number for the deposit?"),
            (U, "Sorry? That boda is so loud."),
            (C, "The number for the deposit, which one is it?"),
            (
                U,
                "Zero seven eight two, one one two, three four five. How much is the charge for withdrawing twenty?",
            ),
            (C, "It's seven hundred."),
            (C, "The fifty thousand is in. Check your message."),
            (U, "Yes, it has come. So the charge on the twenty, what did you say it was?"),
            (C, "Seven hundred, it comes off your Airtel balance."),
            (U, "Okay, I'm sending now."),
        ],
    ),
    (
        "q17",
        "Nairobi supermarket",
        [],
        "one recommendation tailored to cooking pilau for fifteen, with the bag and receipt questions far apart in a relaxed visit",
        [
            (C, "Hello, madam. How's your day going?"),
            (U, "Busy! We have visitors coming tonight, I'm making pilau for fifteen people."),
            (C, "Fifteen! That's a big sufuria. Do you have a bag, or shall I give you one?"),
            (U, "I brought my own, here."),
            (C, "Good. Rice, beef, onions, tomatoes, garlic."),
            (U, "Yes. Oh no, I forgot the pilau masala."),
            (
                C,
                "For that many people, the big two-hundred-gram pack on the spice shelf works out cheaper than three small ones. It's at the end, near the tea.",
            ),
            (U, "Good idea. Let me run and get it."),
            (U, "Got it.", {"pause": 40}),
            (C, "Sawa, I'll add it. That's four thousand six hundred and twenty."),
            (U, "I'll pay by card."),
            (C, "Do you want the receipt, or shall I throw it?", {"pause": 6}),
            (U, "Give it to me, my husband likes to check."),
            (C, "Here you are. Enjoy your evening, and good luck with the pilau."),
        ],
    ),
    (
        "q18",
        "Ntinda hardware shop, Kampala",
        [],
        "a regular doing his fence is offered boda delivery early and the loyalty card at the very end, minutes apart",
        [
            (C, "Good morning, sir. You're back again!"),
            (
                U,
                "Yes, the fence is not finished. I need two more rolls of barbed wire and a kilo of staples.",
            ),
            (
                C,
                "Okay. These rolls are heavy. We have boda delivery, five thousand to anywhere in Ntinda, if you want it.",
            ),
            (U, "No, I came with the pickup."),
            (C, "Good. How far have you gone with the fence?"),
            (U, "Almost round the whole plot. Only the back side by the swamp is left."),
            (C, "By the swamp the ground is soft, dig those poles deep."),
            (C, "Here are the staples from the store, one kilo.", {"pause": 50}),
            (U, "How much is all that?"),
            (
                C,
                "Two rolls, one hundred and sixty thousand, staples eight thousand. One sixty-eight.",
            ),
            (U, "Here, count it. It's all there."),
            (
                C,
                "Asante. Oh, since you're buying often now, we started a loyalty card, five percent off every tenth purchase. Do you want one?",
                {"pause": 20},
            ),
            (U, "Sure, why not. Put my name, Ssemanda."),
            (C, "Done. Webale, and good luck with the fence."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout156", HELDOUT156, 1561)
