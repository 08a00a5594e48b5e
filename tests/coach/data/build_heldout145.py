# ruff: noqa: E501
"""Build the coach's held-out set 145: written by writer-145 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation): Nordic counter staff
speaking careful, slightly formal English with tourists ("so", "ja", "nice"): a
Reykjavik wool shop, a Stockholm bakery, a Norwegian fjord ferry kiosk, a
Copenhagen bike rental, a Finnish sauna shop and a Helsinki airport cafe.

Mix: 4 gossip (the ferry captain's affair, the previous customer's drunkenness,
the owner's tax fiddle, the cashier's ex-boyfriend's new girlfriend), 4
repeated_question (wool colour, number of cinnamon buns with the answer in the
customer's first turn, ferry departure, hours of bike hire), 3 rushed_upsell
(tax-free form / gift bag / newsletter / pattern book; bike insurance /
newsletter / member card / phone holder; bonus card / pastry deal / app /
mailing list), and 7 hard "not" cases: warm chat about the customer's cottage
with a colleague named for his stove know-how; the customer gossips about the
captain while the cashier deflects; an order read back plus a "sorry?" re-ask;
different questions of the same shape plus a customer repeating their own
question; one tailored recommendation with the routine bag and receipt
questions; two offers far apart in a relaxed visit with the manager praised; a
manager named for a work reason during an exchange.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT145 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Norwegian ferry kiosk",
        ["gossip"],
        "kiosk worker tells a tourist the captain is cheating on his wife with a hotel woman at one of the stops",
        [
            (C, "Hei, good morning. What can I get for you?"),
            (U, "A coffee and one of those waffles, please."),
            (C, "So, the waffle with brown cheese or with jam?"),
            (U, "Brown cheese. I have to try it once."),
            (
                C,
                "Good choice. You are lucky the sea is so calm today, the captain is in a very good mood.",
            ),
            (
                C,
                "Between us, he has been meeting the lady from the hotel in Stryn at every stop. His wife works in the ticket office in Bergen and she has no idea.",
            ),
            (U, "Oh. Okay."),
            (
                C,
                "Everybody in the crew knows. Last week he came back late from the dock because of her, and we all waited twenty minutes.",
            ),
            (U, "Right. How much is it?"),
            (C, "Ninety-five kroner, please."),
            (U, "Card is fine?"),
            (C, "Ja, just tap there. Enjoy the waffle."),
        ],
    ),
    (
        "q02",
        "Helsinki airport cafe",
        ["gossip"],
        "barista mocks the previous customer for being drunk in the morning and crying to his wife",
        [
            (C, "Hello, what would you like?"),
            (U, "A large latte and the blueberry pie, please."),
            (C, "Sure. Do you want the pie warm?"),
            (U, "Yes, please."),
            (
                C,
                "You just missed the show, by the way. The man before you in the grey suit, he was so drunk at ten in the morning.",
            ),
            (U, "Oh?"),
            (
                C,
                "He had maybe four beers at the bar, then he tried to pay me with his boarding pass. After that he sat on the floor by gate twenty and cried to his wife on the phone.",
            ),
            (C, "I don't think they will let him fly, honestly. Such a show from a grown man."),
            (U, "Well. Can I pay by card?"),
            (C, "Card or cash, both are fine. Eleven fifty."),
            (U, "Here."),
            (C, "Thank you, the pie comes in two minutes."),
        ],
    ),
    (
        "q03",
        "Reykjavik wool shop",
        ["gossip"],
        "shop assistant tells a tourist the owner cheats on his taxes and keeps the summer cash off the books",
        [
            (C, "Good afternoon! Did you find what you were looking for?"),
            (U, "Yes, this grey sweater, and two skeins of the blue yarn."),
            (
                C,
                "Very nice. This sweater is knitted by a woman in Borgarnes, she is seventy-eight.",
            ),
            (U, "Can I get the tax refund on it?"),
            (C, "Ja, it is over the limit, I will give you the form."),
            (
                C,
                "Funny thing, you know. The owner tells the tax office that half of these sweaters are made by his family for free, so he pays almost nothing. And then he drives a new Land Cruiser every year.",
            ),
            (U, "Ha, okay."),
            (
                C,
                "And the cash from the summer, that never goes in the books. He keeps it in a box at his summer house, we all know it.",
            ),
            (U, "I'd rather not know that, to be honest."),
            (C, "Ha, sorry. So, forty-two thousand five hundred krónur, please."),
            (U, "Card."),
            (C, "Go ahead. Here is your form, you get it stamped at the airport."),
        ],
    ),
    (
        "q04",
        "Stockholm bakery",
        ["gossip"],
        "cashier overshares about her ex-boyfriend's new girlfriend and runs her down to the customer",
        [
            (C, "Hej hej! What would you like today?"),
            (U, "Two cardamom buns and a filter coffee, please."),
            (C, "Of course."),
            (
                C,
                "Sorry, I am a bit all over the place today. My ex-boyfriend came in this morning with his new girlfriend, can you imagine?",
            ),
            (U, "Oh no, that sounds awkward."),
            (
                C,
                "So awkward. She is the one he always said was only a friend from the climbing gym. And she was wearing the scarf I gave him for Christmas!",
            ),
            (
                C,
                "And she was so rude, she asked for oat milk three times like I am stupid. I really don't know what he sees in her.",
            ),
            (U, "Hm. Could I have the coffee to go?"),
            (C, "Ja, of course. That is eighty-four kronor."),
            (U, "Is card okay? I don't have Swish."),
            (C, "Card is perfect, tap here."),
        ],
    ),
    # ------------------------------------------------------- repeated_question
    (
        "q05",
        "Reykjavik wool shop",
        ["repeated_question"],
        "customer chose the dark green early on; after ring-road small talk the assistant asks which shade again",
        [
            (C, "Hello, welcome in. Can I help you find something?"),
            (U, "I'm looking for yarn to knit a hat for my daughter."),
            (C, "Nice. So, which colour were you thinking of?"),
            (U, "The dark green, this one here. Four balls, I think."),
            (C, "Good, this green is very popular. Are you travelling around the island?"),
            (U, "Yes, we're driving the ring road. We started yesterday."),
            (C, "Oh, lovely. The weather is good for it this week, in the east it is even sunny."),
            (U, "We hope so. We really want to see the glaciers."),
            (
                C,
                "You must stop at the glacier lagoon, it is beautiful. So, and what shade would you like for the hat?",
            ),
            (U, "The green. The dark green, I told you already."),
            (C, "Ah, ja, of course. Four of the green. That is three thousand six hundred krónur."),
            (U, "Here you go."),
        ],
    ),
    (
        "q06",
        "Stockholm bakery",
        ["repeated_question"],
        "customer asks for eight cinnamon buns in the first turn; after birthday fika chat the cashier asks how many",
        [
            (U, "Hi, I'd like eight cinnamon buns, please. They're for my team at the office."),
            (C, "Hello! Of course. Is it a fika meeting today?"),
            (U, "It's my birthday, so I have to bring something. Swedish rule, apparently."),
            (C, "Ha, ja, that is true, it is practically the law here. Happy birthday!"),
            (U, "Thanks. I've only lived here four months, I'm still learning."),
            (C, "You are learning fast. So, how many buns do you need for the team?"),
            (U, "Eight. Like I said at the start."),
            (C, "Oh, sorry, eight. I will put them in a box for you."),
            (U, "Great, thanks."),
            (C, "A hundred and sixty kronor, please."),
        ],
    ),
    (
        "q07",
        "Norwegian ferry kiosk",
        ["repeated_question"],
        "customer picks the half past twelve sailing; after chat about the village and the drive the seller asks what time again",
        [
            (C, "Hello, a ticket for the ferry?"),
            (U, "Yes, one adult to Hellesylt."),
            (C, "And which departure do you want, the ten o'clock or the half past twelve?"),
            (U, "The half past twelve, please. We want to walk around the village first."),
            (
                C,
                "Good idea, there is a nice bakery by the church. Are you staying in Geiranger tonight?",
            ),
            (U, "No, in Ålesund. We have a rental car waiting on the other side."),
            (
                C,
                "Ah, then you have a nice drive. The road along the fjord is beautiful in the afternoon light.",
            ),
            (U, "That's what everyone tells us."),
            (C, "So, what time would you like to sail?"),
            (U, "Half past twelve. I just said."),
            (C, "Ja, ja, sorry, twelve thirty. That is three hundred and ten kroner."),
            (U, "Card, please."),
        ],
    ),
    (
        "q08",
        "Copenhagen bike rental",
        ["repeated_question"],
        "customer says three hours; after sightseeing tips the clerk asks again how many hours to book",
        [
            (C, "Hej, welcome. You want to rent a bike?"),
            (U, "Yes, one city bike, please."),
            (C, "Sure. For how long do you need it?"),
            (U, "Three hours should be enough."),
            (C, "Okay. Are you going out to see the Little Mermaid?"),
            (U, "Yes, and then maybe Christiania."),
            (
                C,
                "Nice. Just no photos inside Christiania, they don't like it. And ride along the harbour, it is the nicest way.",
            ),
            (U, "Good to know, thanks."),
            (C, "So, how many hours should I put you down for?"),
            (U, "Three. Three hours."),
            (C, "Right, three. That is a hundred and twenty kroner, and I need to see some ID."),
            (U, "Here's my passport."),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Reykjavik wool shop",
        ["rushed_upsell"],
        "customer racing for the airport bus gets the tax-free form, a gift bag, the newsletter and a pattern book fired at her",
        [
            (
                U,
                "Hi, just this scarf, please, quickly. My bus to the airport leaves in ten minutes.",
            ),
            (C, "Of course. Eight thousand nine hundred krónur."),
            (C, "Would you like the tax-free form? You are over the limit.", RR),
            (U, "Uh, no, it's fine.", R),
            (C, "And a gift bag? Only five hundred, with a little sheep on it.", R),
            (U, "No.", R),
            (C, "Can I take your email for our newsletter? You get ten percent next time.", R),
            (U, "No, really, I need to go.", R),
            (C, "We also have this pattern book by the till, maybe for a friend?", R),
            (U, "Please, just the card machine.", R),
            (C, "Ja, sorry, here you go."),
        ],
    ),
    (
        "q10",
        "Copenhagen bike rental",
        ["rushed_upsell"],
        "late customer picking up a booked bike is hit with insurance, the newsletter, a member card and a phone holder",
        [
            (
                U,
                "Hi, I booked a bike online, the name is Fischer. I'm late for a tour that starts at the station.",
            ),
            (C, "Okay, Fischer, I have it here. One touring bike, full day."),
            (C, "Do you want theft insurance, fifty kroner extra?", RR),
            (U, "No, no.", R),
            (C, "Sign up for our newsletter? You get a new route every month.", R),
            (U, "I don't live here.", R),
            (C, "We also have a member card, every fifth day is free.", R),
            (U, "I'm here two days.", R),
            (C, "And a phone holder for the handlebar, only thirty-nine?", R),
            (U, "Can I just have the bike, please?", R),
            (C, "Ja, sure. It is number fourteen, right outside."),
        ],
    ),
    (
        "q11",
        "Helsinki airport cafe",
        ["rushed_upsell"],
        "passenger whose gate is closing gets a bonus card, a pastry deal, the app and a mailing list in one burst",
        [
            (U, "A black coffee to go, please. My gate is closing."),
            (C, "Sure, small or large?"),
            (U, "Small."),
            (C, "Do you have our bonus card? You can collect points.", RR),
            (U, "No.", R),
            (C, "A cinnamon roll with it? It is only two euros with a coffee.", R),
            (U, "No, thank you.", R),
            (C, "You can download our app, then the next coffee is free.", R),
            (C, "And maybe join our mailing list with your email?", R),
            (U, "I really have to run.", R),
            (C, "Okay, three twenty then."),
        ],
    ),
    # ---------------------------------------------------- hard "not" cases
    (
        "q12",
        "Finnish sauna shop",
        [],
        "not gossip: warm talk about the customer's own new cottage and sauna, a colleague named and praised for his stove know-how",
        [
            (C, "Hei, welcome. Looking for something for the sauna?"),
            (
                U,
                "Yes. We just bought an old summer cottage near Lahti and it has a wood sauna. I have no idea what we need.",
            ),
            (C, "Oh, congratulations! A cottage with a wood sauna, that is the Finnish dream."),
            (U, "My husband is already talking about jumping in the lake in October."),
            (
                C,
                "Ha, good for him. After the first time he will love it. So, you will need a bucket and a ladle, and maybe a thermometer.",
            ),
            (U, "What about the stones? The old ones look cracked."),
            (
                C,
                "That is a good question for my colleague Mikko. He installed stoves for many years, he knows exactly which stones fit which heater.",
            ),
            (C, "Mikko, do you have a minute? This lady has an old wood stove at her cottage."),
            (U, "Thank you, that's really helpful."),
            (
                C,
                "He is the best for this. Meanwhile I put the bucket and ladle here, that is sixty-four euros.",
            ),
            (U, "Great."),
        ],
    ),
    (
        "q13",
        "Norwegian ferry kiosk",
        [],
        "not gossip: the customer fishes for rumours about the captain and the kiosk worker politely steers back to the order",
        [
            (U, "Two hot dogs, please, with everything."),
            (C, "Of course. Crispy onion or shrimp salad on top?"),
            (
                U,
                "Crispy onion. Hey, is it true what they say about your captain? The woman at our hotel said he has a girlfriend in every harbour.",
            ),
            (C, "Oh, I only make the hot dogs here. Mustard and ketchup, both?"),
            (U, "Both. But come on, you must hear things on a boat like this."),
            (C, "Honestly, mostly I hear the coffee machine. Anything to drink?"),
            (U, "A Solo, please. Ha, okay, you're very discreet."),
            (C, "So, two hot dogs and a Solo, that is a hundred and fifty kroner."),
            (U, "Card."),
            (
                C,
                "Takk. Look out on the left side in ten minutes, you will see the Seven Sisters waterfall.",
            ),
        ],
    ),
    (
        "q14",
        "Stockholm bakery",
        [],
        "not a repeat: the order is read back to confirm it, and eat-in or take-away is asked again only because the customer said sorry over the noise",
        [
            (C, "Hej! What can I get you?"),
            (U, "Three cardamom buns, two cinnamon, and a loaf of the rye bread."),
            (C, "So, three cardamom, two cinnamon and the rye. Sliced or whole?"),
            (U, "Whole is fine."),
            (C, "And is it to eat here or take away?"),
            (U, "Sorry? The coffee machine is so loud."),
            (C, "Ah, sorry. To eat here, or to take with you?"),
            (U, "To take with me, it's for my parents."),
            (C, "Nice. Do they live in Stockholm?"),
            (U, "In Uppsala. I'm taking the train up this afternoon."),
            (C, "Then the rye is perfect, it keeps for days. Two hundred and five kronor."),
            (U, "Card, please."),
            (C, "Tack, and have a good trip."),
        ],
    ),
    (
        "q15",
        "Copenhagen bike rental",
        [],
        "not a repeat: height and helmet asked for the father and then for the son, and the customer re-asks his own closing-time question",
        [
            (U, "Hi, we'd like two bikes for the day, one for me and one for my son."),
            (C, "Hej, sure. How tall are you, about?"),
            (U, "One eighty."),
            (C, "And how tall is your son?"),
            (U, "About one forty, he's eleven."),
            (C, "Good, then a twenty-four inch wheel for him. Do you want a helmet for yourself?"),
            (U, "No, I'm fine."),
            (C, "And a helmet for him?"),
            (U, "Yes, for him. What time do you close today?"),
            (C, "Six o'clock. If you are late, you call this number on the key tag."),
            (U, "Okay. Sorry, so it was six, the closing?"),
            (C, "Ja, six. Two bikes and one helmet, that is two hundred and sixty kroner."),
            (U, "Here you go."),
        ],
    ),
    (
        "q16",
        "Helsinki airport cafe",
        [],
        "not rushed: one recommendation tailored to a hungry long-haul passenger, then the usual bag and receipt questions at an easy pace",
        [
            (C, "Hello, what can I get you?"),
            (U, "A cappuccino, please. I have a long flight to Tokyo and I didn't eat breakfast."),
            (
                C,
                "Oh, then you need something proper. The Karelian pies with egg butter are filling and they travel well, maybe take two for the plane?",
            ),
            (U, "What are those exactly?"),
            (
                C,
                "A thin rye crust with rice porridge inside, very Finnish. On that route the meal comes quite late.",
            ),
            (U, "Okay, sure, two of those."),
            (C, "Do you want a paper bag for the pies?", {"pause": 9}),
            (U, "Yes, please."),
            (C, "Twelve ninety altogether. Would you like the receipt?", {"pause": 7}),
            (U, "No, thanks."),
            (C, "Have a good flight. The cappuccino will be at the end of the counter."),
        ],
    ),
    (
        "q17",
        "Reykjavik wool shop",
        [],
        "not rushed or gossip: the manager praised for her designs, a knitting kit offered early and the tax-free form much later in a relaxed browse",
        [
            (C, "Hello, take your time. Just tell me if you want to try anything on."),
            (U, "Thank you. These sweaters are beautiful. Are they all hand-knitted?"),
            (
                C,
                "Ja, all of them. The ones with the red tag are designed by Þórunn, our manager. She makes the patterns herself, she is really talented.",
            ),
            (U, "I love this one with the brown yoke."),
            (
                C,
                "That is one of hers. If you knit, we also sell it as a kit, the pattern with the yarn.",
            ),
            (U, "I don't knit, but my sister does. Maybe, I'll think about it."),
            (
                U,
                "Okay, I'll take this sweater in medium. And the kit for my sister, she will go crazy.",
                {"pause": 45},
            ),
            (C, "Lovely, she will be happy. Are you staying in Iceland long?"),
            (U, "One more week. We drive to Akureyri tomorrow."),
            (
                C,
                "The north is beautiful now, and the whale watching from Húsavík is very good this month.",
            ),
            (U, "That's on our list."),
            (
                C,
                "Since you are over the limit, you can get some of the tax back. Shall I fill in the tax-free form for you?",
                {"pause": 25},
            ),
            (U, "Yes, please, that would be great."),
            (C, "Here, you show it at Keflavík before security. Fifty-one thousand, please."),
        ],
    ),
    (
        "q18",
        "Finnish sauna shop",
        [],
        "not gossip: the manager named because she must approve an exchange, and praised for her returns policy",
        [
            (
                U,
                "Hi, I bought this sauna thermometer here on Monday, and it's stuck at forty degrees.",
            ),
            (C, "Oh no, let me see. Ja, the needle does not move at all."),
            (
                C,
                "For exchanges I need my manager Päivi to approve it in the system. She is just in the back, one moment.",
            ),
            (U, "No problem."),
            (
                C,
                "Päivi says of course, you get a new one. She always says a broken thing is our problem, not the customer's.",
                {"pause": 20},
            ),
            (U, "That's nice to hear."),
            (
                C,
                "Do you want the same model, or the one that also shows humidity? That one is five euros more.",
            ),
            (U, "The same one is fine."),
            (C, "Here you are. Do you have the old receipt, or shall I look it up with your card?"),
            (U, "It's here somewhere... yes, here."),
            (C, "Perfect, all done. Enjoy your sauna this weekend."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout145", HELDOUT145, 1451)
