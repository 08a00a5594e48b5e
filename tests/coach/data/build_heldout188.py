# ruff: noqa: E501
"""Build the coach's held-out set 188: written by writer-188 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Maltese and
Gibraltarian English: "mela", "hello, darling", "eh?", "the boss", "give me
two", "ok, bye bye"): a pastizzi shop in Rabat, a pharmacy in Sliema, a
tobacconist off Irish Town, a Main Street duty-free shop, a hardware store in
Gibraltar and a village bakery in Malta; the cashier sometimes speaks twice in
a row.

Mix: 4 gossip (the previous customer's smuggling, the parish band master's
affair, the owner's rigged raffle, the cashier's own son gambling in Spain),
4 repeated_question (cheese or peas pastizzi, how many ftiras with the customer
answering with a number both times, which brand of cigarettes, whether a
perfume is a gift), 3 rushed_upsell (loyalty card, lottery ticket, carton
deal, gift wrap, charity box fired back to back), and 7 hard "not" cases: warm
chat about the customer's own wedding plans; a colleague praised and the boss
named for a stock reason; a customer gossiping while the cashier deflects; an
order read back to confirm it; a "sorry?" re-ask with different questions of
the same shape; one tailored cigar recommendation with the routine bag and
receipt questions; two offers far apart in a slow, relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT188 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "pastizzi shop, Rabat",
        ["gossip"],
        "cashier tells the next customer that the man just served runs contraband cigarettes in from Sicily on his boat",
        [
            (C, "Mela, what can I get you?"),
            (U, "Give me four pastizzi, two cheese and two peas, and a Kinnie."),
            (C, "Coming up."),
            (C, "Did you see the fellow in the white van who just left? With the gold chain?"),
            (U, "Not really, no."),
            (
                C,
                "Every month he goes out to Sicily on his cousin's boat and comes back loaded with cigarettes, boxes and boxes, no duty, nothing. Sells them from the garage behind the church.",
            ),
            (
                C,
                "And he pays me with fifties, eh. Where does a fisherman get fifties? Everybody in Rabat knows, only the police don't.",
            ),
            (U, "Right. How much is that?"),
            (C, "Two forty with the Kinnie."),
            (U, "Here you go."),
            (C, "Thank you, ok, bye bye."),
        ],
    ),
    (
        "q02",
        "village bakery, Malta",
        ["gossip"],
        "cashier spreads a rumour that the parish band master is having an affair with a widow behind his wife's back",
        [
            (C, "Good morning, darling. The usual?"),
            (U, "Yes, one big loaf and two ftiras, please."),
            (C, "Did you go to the band march on Sunday?"),
            (U, "No, I was at my mother's."),
            (
                C,
                "Just as well. The band master didn't even look at his own wife the whole evening. Everybody knows he's carrying on with the widow from the flower shop.",
            ),
            (
                C,
                "Every practice night his car is parked outside her house until midnight, and the wife thinks he's at the band club polishing trumpets. Poor woman, she's the last to know.",
            ),
            (U, "I wouldn't know about that."),
            (C, "Ask anyone. Anyway, that's three euro ten."),
            (U, "Here's three twenty."),
            (C, "Ten cents change. Have a good day."),
        ],
    ),
    (
        "q03",
        "tobacconist, Gibraltar",
        ["gossip"],
        "cashier tells a customer the owner rigs the shop's Christmas raffle so his own family wins",
        [
            (C, "Hello, darling, what will it be?"),
            (U, "Twenty Benson and a lighter, please."),
            (C, "Blue or red lighter?"),
            (U, "Blue is fine."),
            (U, "Are you doing the Christmas raffle again this year? I saw the poster."),
            (
                C,
                "Between you and me, don't waste your money. The boss fixes it. Last year the hamper went to his brother-in-law and the year before that to his own daughter.",
            ),
            (
                C,
                "He draws the tickets himself in the back office, nobody watching. The whole street has been buying tickets for five years and not one stranger has won.",
            ),
            (U, "Oh. Right, ok."),
            (C, "That's six fifty altogether."),
            (U, "Card, please."),
            (C, "There you go. Bye bye, darling."),
        ],
    ),
    (
        "q04",
        "hardware store, Gibraltar",
        ["gossip"],
        "cashier overshares her son's gambling debts at a casino across the border",
        [
            (C, "Morning. Found everything?"),
            (U, "Yes, a tin of white gloss and a roller."),
            (C, "Lovely. Painting the flat?"),
            (U, "Just the kitchen door."),
            (C, "I wish I had time for painting. I'm up all night worrying about my boy."),
            (
                C,
                "He goes over to Spain every Friday to the casino in Sotogrande and comes back with nothing, not even petrol money. Last month he lost his whole wages in one night and I had to pay his rent again. His girlfriend left him over it.",
            ),
            (U, "Sorry to hear that."),
            (
                C,
                "And he still owes his uncle two thousand pounds. I don't know what to do with him, honestly.",
            ),
            (U, "How much do I owe you?"),
            (C, "Sorry, eh. Fourteen eighty."),
            (U, "Here."),
            (C, "Thanks, bye bye."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "pastizzi shop, Valletta",
        ["repeated_question"],
        "cashier asks cheese or peas, gets 'peas', chats about the weather, then asks again which filling",
        [
            (C, "Mela, what are you having?"),
            (U, "Three pastizzi, please."),
            (C, "Cheese or peas?"),
            (U, "Peas, all three."),
            (C, "Hot today, eh? Thirty-four degrees already."),
            (U, "Terrible. I came down from Mosta on the bus with no air conditioning."),
            (C, "Those buses, always the same. At least you're in the shade now."),
            (C, "So, these three, the ricotta ones or the pea ones you wanted?"),
            (U, "Peas. I said peas."),
            (C, "Ah yes. One eighty, please."),
            (U, "Here."),
            (C, "Thank you, bye."),
        ],
    ),
    (
        "q06",
        "village bakery, Gozo",
        ["repeated_question"],
        "cashier asks how many ftiras, hears 'eight', talks about the feast, then asks the number again and hears 'eight' again",
        [
            (C, "Hello, darling. What do you need?"),
            (U, "Ftiras for the family lunch."),
            (C, "How many?"),
            (U, "Eight."),
            (C, "Big lunch! Is it for the feast?"),
            (U, "Yes, the whole family is coming over from Malta on the ferry."),
            (
                C,
                "Beautiful. The fireworks should be good this year, they've been preparing since March.",
            ),
            (C, "So how many ftiras shall I put in for you?"),
            (U, "Eight."),
            (C, "Eight, ok. That's four euro eighty."),
            (U, "Thank you."),
        ],
    ),
    (
        "q07",
        "tobacconist, Gibraltar",
        ["repeated_question"],
        "cashier asks which cigarettes, is told Marlboro Gold, chats about the frontier queue, then asks again which brand",
        [
            (C, "Hello, darling."),
            (U, "Hiya. Two packets, please."),
            (C, "Which ones?"),
            (U, "Marlboro Gold."),
            (C, "Was the frontier bad this morning?"),
            (U, "Forty minutes. The Spanish side was checking every car."),
            (C, "Madness. My sister sat there an hour yesterday."),
            (U, "Every day it's something."),
            (C, "So which brand was it you were after?"),
            (U, "The Marlboro Gold, like I said."),
            (C, "Right, sorry. Eleven pounds, please."),
            (U, "There you go."),
            (C, "Ok, bye bye."),
        ],
    ),
    (
        "q08",
        "Main Street duty-free shop, Gibraltar",
        ["repeated_question"],
        "cashier asks if the perfume is a gift, hears it's for the customer's sister, chats about the cruise, then asks again whether it's for someone",
        [
            (C, "Good afternoon. Just the perfume?"),
            (U, "Yes, just this one."),
            (C, "Is it a present, or for yourself?"),
            (U, "It's a present for my sister. Her birthday's next week."),
            (C, "Lovely. Are you off the cruise ship?"),
            (U, "Yes, we've got until five, then it's on to Malaga."),
            (C, "Make sure you go up the Rock before then, the views today are fantastic."),
            (U, "We're taking the cable car after this."),
            (C, "And this one, is it for you, or are you buying it for somebody?"),
            (U, "For my sister. I just told you."),
            (C, "Oh, of course. Fifty-two pounds."),
            (U, "Card."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "tobacconist, Gibraltar",
        ["rushed_upsell"],
        "cashier fires a loyalty card, a lottery ticket and a carton deal back to back while the customer only says no",
        [
            (C, "Hello, darling."),
            (U, "Ten Camel, please."),
            (
                C,
                "Ten Camel. Do you have our points card? I can sign you up now, takes two seconds, you get every eleventh pack free.",
                RR,
            ),
            (U, "No.", R),
            (C, "And a lottery ticket for Saturday? The jackpot is big this week.", R),
            (U, "No thanks.", R),
            (C, "If you take the carton instead you save four pounds, I have it right here.", R),
            (C, "And the lighter's two for one today.", R),
            (U, "Just the ten.", R),
            (C, "Ok. Four sixty."),
            (U, "Here."),
        ],
    ),
    (
        "q10",
        "Main Street duty-free shop, Gibraltar",
        ["rushed_upsell"],
        "cashier pushes gift wrap, the store card, the charity box and a spirits deal in one breath at a customer who barely answers",
        [
            (C, "Next, please."),
            (U, "Just this bottle of gin."),
            (C, "Shall I gift wrap it for you? It's only two pounds.", RR),
            (U, "No.", R),
            (
                C,
                "Do you have our shopping card? You get ten percent off from today if you sign up.",
                R,
            ),
            (C, "And would you like to round up for the children's charity box?", R),
            (U, "Er.", R),
            (
                C,
                "Also with the gin, second bottle is half price, very popular, you want a second one?",
                R,
            ),
            (U, "No, just the one, please."),
            (C, "Fine. Eighteen fifty."),
            (U, "Card."),
        ],
    ),
    (
        "q11",
        "pharmacy, Sliema",
        ["rushed_upsell"],
        "cashier rattles off the loyalty card, a vitamin special, the app and the charity box at a customer buying plasters",
        [
            (C, "Hello. Just the plasters?"),
            (U, "Yes, thanks."),
            (
                C,
                "Do you have our loyalty card? I can make you one now, just your mobile number.",
                RR,
            ),
            (U, "No, it's ok.", R),
            (C, "We have the vitamin C on offer, buy one get one.", R),
            (C, "And you can download our app, you get the offers on the phone.", R),
            (U, "Mm.", R),
            (C, "And a coin for the Community Chest Fund?", R),
            (U, "No. Just the plasters."),
            (C, "Ok, three ninety-five."),
            (U, "Here."),
            (C, "Thank you."),
        ],
    ),
    # ------------------------------------------------------------ hard "not"
    (
        "q12",
        "village bakery, Malta",
        [],
        "NOT gossip: warm chat about the customer's own daughter's wedding and cake order; no third party is run down",
        [
            (C, "Hello, darling! Mela, how's the bride's mother?"),
            (U, "Exhausted! Three weeks to go and I still haven't got shoes."),
            (C, "You'll find some. Did you decide on the cake?"),
            (U, "Yes, I wanted to order the almond one, three tiers, for the eighteenth."),
            (
                C,
                "Oh, that's a lovely choice. We'll do the top tier with the white roses, like we talked about?",
            ),
            (U, "Yes, exactly like that."),
            (C, "And where are they going for the honeymoon?"),
            (U, "Sicily, then Rome for a week."),
            (C, "How nice. Tell her from me, congratulations. I'll write the order down now."),
            (
                C,
                "Deposit is forty euro, and take two of those kannoli home with you today, on the house.",
            ),
            (U, "You're too kind. Here's the forty."),
            (C, "Thank you. See you on the seventeenth to check it."),
        ],
    ),
    (
        "q13",
        "hardware store, Gibraltar",
        [],
        "NOT gossip: a colleague praised for cutting keys and the boss named for a stock order, both in a helpful work context",
        [
            (C, "Morning. Can I help?"),
            (U, "I need two copies of this key, and some of those brass hinges."),
            (
                C,
                "Keys, Manuel does those in the back. He's the best on the Rock, he can copy anything, even the old Chubb ones.",
            ),
            (C, "Manuel! Two of these, please."),
            (U, "And the hinges?"),
            (
                C,
                "The brass ones are out, I'm afraid. The boss put the order in on Monday, they should be on Thursday's lorry from Spain.",
            ),
            (U, "Can you keep me two pairs?"),
            (C, "Of course, I'll write your name on them. What's the name?"),
            (U, "Danny Ferrary."),
            (C, "Ok, Danny. Keys are six pounds the two."),
            (U, "Here you go."),
            (C, "Thank you. Come in Thursday afternoon for the hinges."),
        ],
    ),
    (
        "q14",
        "pastizzi shop, Rabat",
        [],
        "NOT gossip: the customer gossips about a neighbour's illegal extension and the mayor; the cashier deflects and stays on the order",
        [
            (C, "Mela, what will it be?"),
            (
                U,
                "Six cheese. Did you hear about Censu's extension? Three floors without a permit, and the mayor's his cousin, that's why nobody says anything.",
            ),
            (C, "Six cheese, ok."),
            (
                U,
                "His wife goes around like a queen now. And they say the money came from his brother in Australia, but who knows.",
            ),
            (C, "Ah, I don't know them, darling, I just make the pastizzi. Anything to drink?"),
            (U, "No. But you know, the whole street is talking."),
            (C, "People always talk. That's three sixty."),
            (U, "Here's five."),
            (C, "One forty change. Careful, they're hot."),
            (U, "Thanks. Bye."),
        ],
    ),
    (
        "q15",
        "Main Street duty-free shop, Gibraltar",
        [],
        "NOT repeated_question: cashier reads the order back once to confirm it before ringing it up; no answered question is re-asked",
        [
            (C, "Hello, darling. What can I do for you?"),
            (
                U,
                "Two bottles of Gordon's, the big Toblerone, and the Hugo Boss aftershave, the hundred mil.",
            ),
            (C, "Let me get the aftershave from the cabinet."),
            (C, "Ok, so that's two Gordon's, one big Toblerone and one Boss, the hundred, yes?"),
            (U, "Yes, that's it."),
            (C, "Are you driving back over the frontier today?"),
            (U, "Yes, to La Linea."),
            (
                C,
                "Then just remember it's one bottle per person for the Spanish customs. Are you two in the car?",
            ),
            (U, "Yes, me and my husband."),
            (C, "Then you're fine. Seventy-one pounds fifty."),
            (U, "Card."),
            (C, "Thank you. Safe drive."),
        ],
    ),
    (
        "q16",
        "pharmacy, Sliema",
        [],
        "NOT repeated_question: one 'sorry?' re-ask when the customer didn't hear, and several different yes/no questions of the same shape",
        [
            (C, "Good morning. How can I help?"),
            (U, "Something for a cough, please."),
            (C, "Is it for an adult or a child?"),
            (U, "Sorry, eh? The drill outside is so loud."),
            (C, "For a grown-up, or for a child?"),
            (U, "For my husband."),
            (C, "Is it a dry cough or a chesty one?"),
            (U, "Dry, it keeps him up at night."),
            (C, "Does he take any tablets for blood pressure?"),
            (U, "No, nothing."),
            (
                C,
                "Then this syrup is good, two spoons at night. If it's still there after a week, he should see the doctor.",
            ),
            (U, "Ok. How much?"),
            (C, "Seven twenty-five."),
        ],
    ),
    (
        "q17",
        "tobacconist, Gibraltar",
        [],
        "NOT rushed_upsell: one tailored cigar recommendation for the customer's father, and the usual bag and receipt questions spread over the visit",
        [
            (C, "Hello, darling. Can I help you?"),
            (U, "I want a cigar for my dad. He's seventy on Sunday."),
            (C, "Oh, happy birthday to him. Does he smoke much, or just on occasions?"),
            (U, "Only at weddings and things. He likes something mild."),
            (
                C,
                "Then I'd go for this Montecristo, the number four. It's smooth, not too heavy, and it comes in its own tube, so it looks nice as a present.",
            ),
            (U, "Perfect, I'll take two."),
            (C, "Good choice. He'll be happy.", {"pause": 4}),
            (U, "Is it ok to keep them in the fridge until Sunday?"),
            (C, "No, no fridge. Just a drawer, away from the sun, they'll be fine in the tube."),
            (C, "Do you want a little bag for them?", {"pause": 3}),
            (U, "Yes, please."),
            (C, "There you go. Thirty-four pounds. Receipt?"),
            (U, "No, thanks."),
            (C, "Ok, bye bye. Give him our best."),
        ],
    ),
    (
        "q18",
        "hardware store, Malta",
        [],
        "NOT rushed_upsell: a paint offer mentioned near the start and the store card mentioned once at the very end of a long, relaxed visit",
        [
            (C, "Good morning, Mr. Borg. What are we fixing today?"),
            (U, "The balcony railings. The rust is coming through again."),
            (
                C,
                "Ah, the sea air. You need the rust converter first, then the metal paint. The metal paint is on offer this week, by the way, fifteen percent off.",
            ),
            (U, "Good. Which colour do you have?"),
            (C, "Black, green and the dark red."),
            (U, "Green, like before. Let me look at the brushes.", {"pause": 3}),
            (U, "Are these ones good for the railings?", {"pause": 25}),
            (C, "The round ones are better for the bars, they get into the corners."),
            (U, "Mela, give me two round ones and the converter."),
            (C, "How is your wife's knee, did she have the operation?", {"pause": 2}),
            (U, "Yes, in August. She's walking without the stick now."),
            (
                C,
                "Thank God. Tell her I said hello. Oh, and if you want our card for the points, I can do it another time, no rush.",
                {"pause": 20},
            ),
            (U, "Next time. How much is it?"),
            (C, "Twenty-nine forty with the discount."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout188", HELDOUT188, 1881)
