# ruff: noqa: E501
"""Build the coach's held-out set 141: written by writer-141 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation): French and Belgian
staff speaking English, with the odd "voila", "alors", "bon" and French word order,
serving British day-trippers in the border region around Lille, Dunkirk and the
Belgian frontier: a wine warehouse, a chocolate shop, a tabac (tobacco and
newsagent), a bakery, a market cheese stall and a motorway services shop.

Mix: 4 gossip (the mayor's mistress, the previous customer's smuggling, the
owner's son's debts, the cashier's own divorce), 4 repeated_question (red or
white, how many cases with the answer in the customer's first turn, dark or milk,
which size of box), 3 rushed_upsell (tasting club, loyalty card, tax-free form,
gift box, multibuy, lottery and scratch cards pushed at customers in a hurry) and
7 hard "not" cases (warm chat about the customer's family with a colleague praised
for her work; the customer gossips while the cashier deflects; an order read back
plus a "sorry?" re-ask; different questions of the same shape plus a customer
repeating their own question; one tailored recommendation with bag and receipt;
two offers far apart in a relaxed visit; a colleague and the manager named for
work reasons).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT141 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "tabac",
        ["gossip"],
        "cashier tells a day-tripper about the mayor's affair with a young pharmacist, with times and car",
        [
            (C, "Bonjour! What can I get for you?"),
            (U, "Morning. Two cartons of Marlboro Gold, and a Daily Mail if you've got one."),
            (C, "The Mail, yes, it arrived at ten. Voila."),
            (C, "You are here for the market?"),
            (U, "Just for the day, yeah. We're on the four o'clock boat back."),
            (
                C,
                "Alors, when you walk past the town hall, look at the red Audi parked in front. It is the car of the mayor's girlfriend.",
            ),
            (U, "Oh, right?"),
            (
                C,
                "Everybody knows it. His wife goes to the gym Tuesday and Thursday, and the Audi is there Tuesday and Thursday. She is the blonde from the pharmacy, twenty years younger than him.",
            ),
            (
                C,
                "And at the council he makes big speeches about the family, pff. His poor wife is the last one to know.",
            ),
            (U, "Blimey. Okay."),
            (C, "So, two cartons and the paper, that makes one hundred twenty-four euros forty."),
            (U, "Can I pay by card?"),
            (C, "Of course, put it in there."),
        ],
    ),
    (
        "q02",
        "wine warehouse",
        ["gossip"],
        "cashier describes the previous customer's resale smuggling, his customs stop and hints his wife doesn't know",
        [
            (C, "Hello, you found everything you need?"),
            (U, "Yeah, just these three cases of Muscadet and the crémant."),
            (C, "Good choice, the crémant is very nice for the price."),
            (C, "You saw the man just before you, with the white van?"),
            (U, "The big chap? Sort of."),
            (
                C,
                "He comes every two weeks, he takes like eighty cases of beer and forty of wine, and he sells it all from a pub car park in Kent. Personal use, he tells the customs, ha!",
            ),
            (
                C,
                "One time they stopped him in Calais and he had cigarettes hidden in the spare wheel also. And still he comes back. His wife doesn't know half of it, I think.",
            ),
            (U, "Right. What do I owe you?"),
            (
                C,
                "Okay so, three cases of Muscadet and one crémant, that's one hundred sixty-eight euros.",
            ),
            (U, "Card, please."),
            (C, "Voila. You can take the trolley to your car, just leave it by the door after."),
        ],
    ),
    (
        "q03",
        "bakery",
        ["gossip"],
        "cashier spreads the owner's son's gambling debts and money he owes her",
        [
            (C, "Bonjour madame, what would you like?"),
            (U, "Hello! A baguette tradition, four croissants and, oh, is that a tarte au sucre?"),
            (C, "Yes, it's a speciality from here, with the brown sugar. You want a small one?"),
            (U, "Go on then, a small one."),
            (C, "Enjoy it, because maybe next year the bakery is not here anymore."),
            (U, "Oh no, why's that?"),
            (
                C,
                "The son of the boss, Kevin, he owes money to everybody. The casino in Dunkirk, the garage, even to me he owes two hundred euros. His father paid for him already once, he had to sell his flat in Lille.",
            ),
            (
                C,
                "Now the bank telephones here every day asking for him, and he hides in the back with the ovens. The poor old man, he doesn't sleep anymore.",
            ),
            (U, "Oh dear. That sounds awful."),
            (C, "Bon. Baguette, four croissants, tarte au sucre, eleven euros twenty."),
            (U, "There's twelve."),
            (C, "Eighty cents for you, merci, have a good day."),
        ],
    ),
    (
        "q04",
        "market cheese stall",
        ["gossip"],
        "cashier overshares her own divorce: husband's two-year affair, savings, lawyer, fight over the dog",
        [
            (C, "Hello, you want to taste something?"),
            (U, "Yes please, what's the orange one?"),
            (C, "Mimolette, from Lille, eighteen months old. Here, try."),
            (U, "Mm, that's lovely. I'll have a chunk, about two hundred grams."),
            (C, "Two hundred, okay. Sorry, I am slow today, I didn't sleep at all."),
            (
                C,
                "My husband, well, soon my ex-husband, on Sunday I found the messages on his phone. Two years he is with the woman from his office, two years! And he took our savings to go with her to Marrakech.",
            ),
            (U, "Oh, I'm sorry to hear that."),
            (
                C,
                "And now the lawyer says I can keep the house but he wants the dog. The dog! He never walked that dog one time in his life.",
            ),
            (U, "That's rough."),
            (C, "Voila, two hundred twelve grams, five euros ten."),
            (U, "Here you go."),
            (C, "Thank you, enjoy it."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "wine warehouse",
        ["repeated_question"],
        "red or white asked and answered firmly, then re-asked in other words after chat about the dad's birthday",
        [
            (C, "Hello, can I help you find something?"),
            (U, "Yeah, I need a few bottles for a barbecue on Saturday."),
            (C, "Okay. You prefer red or white?"),
            (U, "Red, definitely. Nobody touches white in our house."),
            (C, "Ha, same in my family. The barbecue is for something special?"),
            (U, "My dad's seventieth. The whole lot's coming, cousins from Leeds and everything."),
            (C, "Seventy, wow, congratulations to him. And the weather is good over there now?"),
            (U, "Been alright. Fingers crossed."),
            (C, "Alors, for the barbecue, you want something red, or more a white wine maybe?"),
            (U, "Er, red. Like I said."),
            (C, "Yes, sorry, red. Then this Côtes du Rhône, nine euros, very easy to drink."),
            (U, "I'll take twelve of those."),
        ],
    ),
    (
        "q06",
        "wine warehouse",
        ["repeated_question"],
        "customer states five cases in the first turn; after small talk the cashier asks how many cases",
        [
            (U, "Hiya, I rang yesterday about five cases of the Picpoul? Name's Harris."),
            (C, "Ah yes, Mister Harris, I remember. I prepared it in the back."),
            (U, "Brilliant. We drove down from Canterbury this morning, the tunnel was heaving."),
            (C, "In summer it's always like this. You stay the night?"),
            (U, "No, straight back after lunch. The wife wants to see Bergues first."),
            (C, "Bergues is very pretty, go up the belfry if you can."),
            (C, "So, for the Picpoul, how many cases do you need?"),
            (U, "Five. Same as on the phone."),
            (C, "Five, okay, I bring them with the trolley."),
            (C, "Voila, five cases at fifty-four euros, two hundred seventy."),
            (U, "Card all right?"),
            (C, "No problem."),
        ],
    ),
    (
        "q07",
        "chocolate shop",
        ["repeated_question"],
        "dark or milk answered (dark, seventy percent), then asked again as 'the milk ones or the dark' after chat about Brighton",
        [
            (C, "Bonjour, welcome. It's for you or to offer?"),
            (U, "For my mum, it's her birthday next week."),
            (C, "Lovely. You want dark chocolate or milk chocolate?"),
            (U, "Dark. She's very strict about it, seventy percent or more."),
            (C, "A woman of taste! Where are you coming from?"),
            (U, "Brighton. Came over on the ferry for the day with my sister."),
            (C, "Ah, Brighton, I went there once with the school. It rained the whole week."),
            (U, "Sounds about right."),
            (
                C,
                "Okay so, for your mother I make a box of pralines. I put the ones with milk, or she prefers the dark ones?",
            ),
            (U, "Dark. Only dark."),
            (C, "Dark, of course. Voila, twenty pieces, thirty-two euros."),
        ],
    ),
    (
        "q08",
        "motorway services shop",
        ["repeated_question"],
        "customer chooses the 500 g box; after talk about the drive the cashier asks which box again",
        [
            (C, "Hello. Fuel also, or just the shop?"),
            (U, "Just the shop. These chocolate seashells, do they come in different boxes?"),
            (C, "Yes, there is the two hundred fifty grams, the five hundred and the kilo."),
            (U, "The five hundred, please."),
            (C, "Okay. You are driving back to England tonight?"),
            (U, "Yeah, Calais for the half nine crossing."),
            (
                C,
                "Good, the motorway is quiet after Lille. Be careful with the lorries near the port.",
            ),
            (U, "Will do, thanks."),
            (C, "So the shells, which box you want, the small, the medium or the big?"),
            (U, "The five hundred gram one. The middle one."),
            (C, "The middle, okay, I take one from the back."),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "wine warehouse",
        ["rushed_upsell"],
        "tasting club, loyalty card with email and postcode, and tax-free form fired at a customer racing for a ferry",
        [
            (U, "Hi, sorry, quick as you can, my ferry's at half two."),
            (C, "Okay, okay. Two cases of Chablis and one of the rosé."),
            (
                C,
                "You want to join our tasting club? Every month six bottles delivered in the UK, the first box is half price.",
                RR,
            ),
            (U, "No, I...", R),
            (
                C,
                "And the loyalty card, it's free, you get five percent on this already, just your email and your postcode.",
                R,
            ),
            (U, "Honestly, I haven't got...", R),
            (
                C,
                "And you live outside Europe now so you can have the tax-free form, I need your passport, it takes two minutes.",
                R,
            ),
            (U, "Just the wine, please. Card.", R),
            (C, "Okay. Two hundred six euros."),
            (U, "Thanks."),
        ],
    ),
    (
        "q10",
        "chocolate shop",
        ["rushed_upsell"],
        "gift box, three-for-ten multibuy and loyalty card with email pushed at a customer parked on a meter",
        [
            (U, "Just these two bars of the sea salt one, please, I'm on a meter outside."),
            (C, "Okay."),
            (C, "You want a gift box for them? Only three euros, with the ribbon.", RR),
            (U, "No thanks.", R),
            (C, "We have the promotion also, three bars for ten euros, you take one more?", R),
            (U, "No, just the...", R),
            (C, "And you have our fidelity card? I can make it now, only your name and email.", R),
            (U, "No. Really, I've got to go.", R),
            (C, "Okay, seven euros sixty."),
            (U, "Here, keep the change."),
        ],
    ),
    (
        "q11",
        "tabac",
        ["rushed_upsell"],
        "Euromillions, a scratch card and a gift-tin lighter pushed in a burst at a customer whose coach is leaving",
        [
            (U, "Two cartons of Camel and a lighter, quick as you like, my coach is leaving."),
            (C, "Two cartons, voila, and a lighter."),
            (
                C,
                "You want to play the Euromillions? There's one hundred thirty million on Friday.",
                RR,
            ),
            (U, "No thanks.", R),
            (C, "Or a scratch card, the Cash, two euros, for the luck?", R),
            (U, "No, I...", R),
            (C, "And I have the Zippo in a gift tin, very nice for a present, twenty euros.", R),
            (U, "Just the fags, mate, please.", R),
            (C, "Okay, one hundred twenty-eight euros."),
            (U, "Cheers."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "bakery",
        [],
        "warm chat about the customer's daughter's engagement; pastry chef colleague praised for her work; one requested cake suggestion",
        [
            (C, "Bonjour! What can I do for you?"),
            (
                U,
                "Morning. Bit of an odd one: we need a cake for my daughter's engagement party tonight, at the gîte.",
            ),
            (C, "Oh, congratulations! For how many people?"),
            (U, "About twelve. Her fiancé's French, from Arras, so we thought, go local."),
            (
                C,
                "Then she chose well, ha. For twelve I would say the fraisier, with strawberries, very fresh today.",
            ),
            (
                C,
                "It's Mathilde who makes them, she won the prize of the department for pastry last year. She has golden hands.",
            ),
            (U, "Sounds perfect. Could she write something on it?"),
            (C, "Yes, she's in the back, I will ask her. Which names?"),
            (U, "Chloé and Antoine."),
            (
                C,
                "Lovely names. Give her ten minutes. You want to sit down with a coffee while you wait?",
            ),
            (U, "Go on, a café crème, thanks."),
            (C, "I bring it to the table."),
        ],
    ),
    (
        "q13",
        "tabac",
        [],
        "the customer gossips about a couple on the coach; the cashier declines and moves to the customer's knee and the sale",
        [
            (U, "Morning! Back again. The usual, two cartons of Benson's."),
            (C, "Hello again, voila. And the Racing Post?"),
            (
                U,
                "Please. Here, did you see that couple off the coach yesterday, the loud ones? Word is she's not his wife, she's his secretary. Whole coach was talking about it.",
            ),
            (C, "Oh, I don't know, people come and go, I don't really notice."),
            (U, "Go on, you must see all sorts in here."),
            (
                C,
                "Ha, I see a lot of lottery tickets, that's all. And your knee, it's better? Last month you had the stick.",
            ),
            (U, "Much better, thanks. The physio worked wonders."),
            (C, "Good, I'm glad. So, two cartons and the paper, one hundred twelve fifty."),
            (U, "There you go."),
            (C, "Merci, see you next month."),
        ],
    ),
    (
        "q14",
        "market cheese stall",
        [],
        "a 'sorry?' over the generator noise, then the whole order read back to confirm it, then a practical cool-box question",
        [
            (C, "Hello, what can I give you?"),
            (U, "Can I have a piece of the Comté, the older one, maybe three hundred grams?"),
            (C, "Three hundred, okay. Something else?"),
            (U, "A whole Maroilles, and some of that one with the red powder on."),
            (
                C,
                "The Boulette d'Avesnes? It's strong, with paprika and herbs. You want to taste first?",
            ),
            (U, "No, I'll risk it. Half of one."),
            (C, "Sorry? With the generator I didn't hear you."),
            (U, "Half of one, please."),
            (
                C,
                "Half, okay. So I have three hundred grams of old Comté, one Maroilles and half a Boulette. That's everything?",
            ),
            (U, "That's the lot."),
            (
                C,
                "Twenty-six euros thirty. You have a cool box in the car? The Maroilles, after two hours in the car, you will know it's there.",
            ),
            (U, "Ha, we've got one, yeah."),
        ],
    ),
    (
        "q15",
        "motorway services shop",
        [],
        "same-shaped questions about different items (size, milk for each coffee, filling); the customer re-asks her own question about the distance",
        [
            (C, "Hello, yes?"),
            (U, "Two coffees, please. And is it far to Calais from here?"),
            (C, "About forty minutes. The coffees, big or small?"),
            (U, "One big, one small."),
            (C, "The big one, with milk or black?"),
            (U, "With milk."),
            (C, "And the small one, milk or black?"),
            (U, "Black, please. And a croque monsieur."),
            (C, "Ham and cheese, or only cheese?"),
            (U, "Ham and cheese. Sorry, how long did you say it was to Calais?"),
            (C, "Forty minutes, more or less, if there is no traffic at the port."),
            (U, "Lovely. Contactless okay?"),
            (C, "Yes, eight euros ninety."),
        ],
    ),
    (
        "q16",
        "chocolate shop",
        [],
        "one recommendation tailored to the neighbour's love of coffee; bag and receipt asked once each, far apart",
        [
            (C, "Bonjour, take your time."),
            (
                U,
                "Thanks. I'm after something for my neighbour, she's been feeding our cat all week.",
            ),
            (C, "That's kind of her. What does she like?"),
            (U, "She's big into coffee. Always going on about her espresso machine."),
            (
                C,
                "Then I would take these, the mocha ganache, made with coffee from a small roaster in Ghent. The coffee people love them.",
            ),
            (U, "Perfect, a box of those."),
            (C, "Sixteen pieces or twenty-four?"),
            (U, "Sixteen's plenty."),
            (C, "I wrap it nicely for you, one moment."),
            (U, "No rush. It's lovely in here, smells amazing.", {"pause": 20.0}),
            (
                C,
                "Ha, after ten years I don't smell it anymore. Voila, eighteen euros. You need a bag?",
            ),
            (U, "Yes please, it looks like rain."),
            (C, "There you are. And the receipt, you want it?", {"pause": 8.0}),
            (U, "No, don't worry."),
            (C, "Have a nice day, and say thank you to her from the cat."),
        ],
    ),
    (
        "q17",
        "wine warehouse",
        [],
        "relaxed tasting visit: the tasting club mentioned once early, the tax-free form once at the till much later",
        [
            (C, "Good afternoon, you want to taste? We have three bottles open today."),
            (U, "Oh, go on then. What's open?"),
            (C, "A Vouvray, a Beaujolais and a Crozes-Hermitage."),
            (U, "The Beaujolais, please."),
            (
                C,
                "Voila. If you like tasting, the first Saturday of every month we do a tasting club, free, with some cheese. Just so you know.",
            ),
            (U, "Not sure we'll be back that soon, but nice idea."),
            (
                U,
                "Right, we'll have a case of the Beaujolais and one of the Vouvray. And your cheapest fizz, four bottles.",
                {"pause": 45.0},
            ),
            (
                C,
                "Very good. For the fizz, the Blanquette de Limoux, seven euros, very good for the money.",
            ),
            (U, "Lovely."),
            (C, "You had lunch in town?"),
            (U, "We did, at the place on the square with the carbonade. Stuffed."),
            (C, "Ah, the Flandres, yes, the carbonade there is the best."),
            (
                C,
                "So it makes one hundred eighty-two euros. Over one hundred seventy-five you can have the tax-free form, if you like I prepare it and you stamp it at the border.",
                {"pause": 25.0},
            ),
            (U, "Ooh, yes please, why not."),
        ],
    ),
    (
        "q18",
        "motorway services shop",
        [],
        "a colleague named for a work reason and the manager praised for the sandwiches; warm chat about the family's trip; one bag question",
        [
            (U, "Hi, the lad on the pumps said you might sell phone chargers?"),
            (
                C,
                "Yes, Karim told me you were coming. We have USB-C and the iPhone one, here on the left.",
            ),
            (U, "USB-C, thanks. And two of the ham baguettes."),
            (
                C,
                "Good choice. Our manager, Madame Peeters, she changed the supplier this spring, now it's a bakery from Ypres every morning. Much better than before.",
            ),
            (U, "They do look good. The kids are starving in the car."),
            (C, "Where are you going with them?"),
            (U, "Heading home from Disneyland. Four days, we're all shattered."),
            (C, "Ah, Disney, they must be happy. The little one, she had her photo with Mickey?"),
            (U, "About forty photos. He's on every one."),
            (C, "Ha! Okay, charger and two baguettes, twenty-one euros fifty. You want a bag?"),
            (U, "Yes please."),
            (C, "Voila. Safe trip home."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout141", HELDOUT141, 1411)
