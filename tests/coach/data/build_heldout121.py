# ruff: noqa: E501
"""Build the coach's held-out set 121: written by writer-121 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words; the customers and some staff speak non-native English with
Scandinavian or Dutch word order): Scandinavian and Dutch tourists and locals in
UK city shops: a Nordic design shop, a canal-side bike rental desk, a bakery
selling cinnamon and cardamom buns, a bookshop cafe, a loose-leaf tea shop and a
cheese shop.

Mix: 4 gossip (the shop owner's drinking, another tour guide's affair, a former
customer's bankruptcy, the cashier's own eviction notice), 4 repeated_question
(how long the bikes are needed, sliced or not, which tea, gift or for yourself,
each re-asked in other words after a digression), 3 rushed_upsell (bike insurance
and add-ons; gift box, loyalty card and donation; tea subscription, tin and email)
and 7 hard "not" cases: warm chat about the customer's new flat; a manager praised
and a colleague named for a product reason; a customer gossiping while the
cashier deflects; a big order read back to confirm plus a customer repeating
their own question; a "sorry" re-ask plus different questions of the same shape;
one tailored book recommendation with unhurried bag and receipt questions; two
offers far apart in a relaxed browse.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT121 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Nordic design shop",
        ["gossip"],
        "cashier tells a Swedish tourist the owner drinks the stock after hours and his wife rang her crying",
        [
            (U, "hello can i pay for these two candle holders"),
            (C, "yes of course the brass ones they are lovely"),
            (U, "and the little grey vase also"),
            (C, "so that comes to sixty four pounds"),
            (C, "excuse the mess behind the counter by the way"),
            (
                C,
                "the owner stayed on after closing last night and finished two bottles of the aquavit off that shelf by himself",
            ),
            (U, "oh"),
            (
                C,
                "honestly he is drunk most afternoons now we hide the till key from him and his wife rang me on sunday in tears asking where he was",
            ),
            (U, "okay i pay with card please"),
            (C, "tap when you are ready"),
            (U, "thank you bye"),
        ],
    ),
    (
        "q02",
        "canal bike rental desk",
        ["gossip"],
        "cashier tells Dutch renters that their tour guide is cheating on his wife with the kayak instructor",
        [
            (C, "morning so its the two hybrids under de vries"),
            (U, "yes that is us we join the tour along the canal"),
            (C, "ah you are with the twelve oclock group then"),
            (U, "yes with the guide mikkel i think is his name"),
            (C, "oh mikkel"),
            (
                C,
                "between you and me his wife has no idea hes seeing the girl who runs the kayak lessons he drives her home every night in the company van",
            ),
            (C, "the whole towpath knows except her"),
            (U, "hm this i did not need to know"),
            (C, "anyway helmets are on the rack by the door"),
            (U, "okay thanks"),
        ],
    ),
    (
        "q03",
        "cheese shop",
        ["gossip"],
        "cashier tells a Norwegian customer a former trade customer went bankrupt, owes money and lost his van and wife",
        [
            (U, "good afternoon i would like a piece of the stilton maybe two hundred gram"),
            (C, "two hundred grams coming up"),
            (U, "and for my husband something smoked he likes"),
            (C, "the smoked wensleydale goes down well"),
            (
                C,
                "funny the last one who took a whole wheel of that was old hartley from the bistro on the corner",
            ),
            (
                C,
                "went bankrupt in march he did owed us nearly three grand never paid a penny the bailiffs took his van and his wife went back to her mums",
            ),
            (U, "oh that is sad for him"),
            (C, "sad for us we are still chasing the money"),
            (U, "okay so the stilton and the smoked one please"),
            (C, "nineteen forty then"),
        ],
    ),
    (
        "q04",
        "bakery",
        ["gossip"],
        "cashier unloads her own eviction notice, her boyfriend's silence and crying at work onto a Danish tourist",
        [
            (C, "hiya what can i get you"),
            (U, "one kanelbulle how do you say cinnamon bun and a black coffee"),
            (C, "sure thing"),
            (C, "sorry if im all over the place today"),
            (
                C,
                "got an eviction notice through the door on friday the landlord wants us out by the end of next month after seven years",
            ),
            (
                C,
                "my boyfriend has not said a word to me since and ive been sleeping on my sisters sofa and crying in the staff toilet on my breaks",
            ),
            (U, "oh that is terrible i am sorry"),
            (C, "anyway thats three eighty"),
            (U, "here is five"),
            (C, "cheers one twenty change"),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "canal bike rental desk",
        ["repeated_question"],
        "cashier asks how long the bikes are needed, the customer says all day until six, and after route chat the cashier asks for the hours again",
        [
            (C, "hello there what can i do for you"),
            (U, "we want to rent two bikes me and my wife"),
            (C, "lovely and how long do you need them for"),
            (U, "the whole day until six oclock"),
            (C, "great where are you off to"),
            (U, "to the reservoir we ride is it far"),
            (C, "about fifteen miles and mostly flat after the first big climb"),
            (U, "flat is good we are from utrecht hills we do not know"),
            (C, "ha you will feel that climb then"),
            (C, "so how many hours were you thinking of keeping them"),
            (U, "like i said the full day until six"),
            (C, "right thats thirty pounds each then"),
        ],
    ),
    (
        "q06",
        "bakery",
        ["repeated_question"],
        "customer says the rye must not be sliced, and after chat about Danish rye the cashier offers to put it through the slicer",
        [
            (U, "a loaf of the seeded rye please"),
            (C, "want that sliced"),
            (U, "no whole please we cut it at home"),
            (C, "no problem"),
            (U, "in denmark the rye is much more dark than this one"),
            (
                C,
                "yeah ours is lighter the baker does it half rye half wheat so it sells to everyone",
            ),
            (U, "okay and also two of the cardamom knots"),
            (C, "two knots there you go"),
            (C, "shall i run the loaf through the slicer for you"),
            (U, "no i told already not sliced"),
            (C, "oh sorry seven twenty then"),
        ],
    ),
    (
        "q07",
        "loose-leaf tea shop",
        ["repeated_question"],
        "customer names the earl grey with cornflower, talks about a teapot for her mother, and the cashier asks which tea again",
        [
            (C, "hello what can i weigh out for you"),
            (U, "the earl grey with the cornflowers one hundred gram please"),
            (C, "good choice"),
            (U, "also this teapot in the window it is cast iron"),
            (C, "it is japanese style holds the heat really well"),
            (U, "in sweden we drink mostly coffee but my mother loves tea so is for her birthday"),
            (C, "oh she will be pleased with that"),
            (C, "and which of the loose teas was it you wanted me to weigh"),
            (U, "the earl grey the one with blue flowers"),
            (C, "ah yes hundred grams"),
            (U, "yes"),
            (C, "with the teapot thats forty two fifty"),
        ],
    ),
    (
        "q08",
        "bookshop cafe",
        ["repeated_question"],
        "cashier asks present or for yourself, the customer says for herself for her trip, and after Hebrides talk the cashier asks who it is for",
        [
            (U, "i take this book please the one about the hebrides"),
            (C, "lovely is it a present or one for yourself"),
            (U, "for me i go there next week with my brother"),
            (C, "oh brilliant which islands"),
            (U, "first lewis and harris and then we see"),
            (C, "the beaches on harris are unreal when the sun comes out"),
            (U, "yes i hope the weather is kind to us"),
            (U, "and a flat white to take with please"),
            (C, "one flat white"),
            (C, "and the book will that be for someone else or are you keeping it"),
            (U, "it is for me for the trip"),
            (C, "okay twelve ninety nine and three twenty for the coffee"),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "canal bike rental desk",
        ["rushed_upsell"],
        "customer says her group leaves in five minutes; the cashier fires insurance, a lock and lights pack, email capture and the app",
        [
            (
                U,
                "hi i have a booking one bike for the day name lindqvist and i must be quick my group leaves in five minutes",
            ),
            (C, "lindqvist yep got you"),
            (C, "do you want to add our damage and theft cover its only six pound for the day", RR),
            (U, "no", R),
            (C, "we also do a lock and lights bundle for four fifty", R),
            (C, "and if you pop your email in here you get ten percent off your next hire", R),
            (U, "please i need just the bike", R),
            (C, "oh and grab our app for the route maps its free", R),
            (U, "no thank you my group is going"),
            (C, "okay bike twelve out front"),
        ],
    ),
    (
        "q10",
        "cheese shop",
        ["rushed_upsell"],
        "customer with a waiting taxi gets a gift box, the loyalty card, a charity round-up and the card again in one burst",
        [
            (U, "just this piece of cheddar please quick the taxi is waiting"),
            (C, "sure"),
            (
                C,
                "would you like it in one of our gift boxes with crackers and chutney only eight pounds extra",
                RR,
            ),
            (U, "no just", R),
            (C, "do you have our loyalty card every tenth piece is on us", R),
            (C, "and would you round up to the pound for the farm animal charity this month", R),
            (U, "no no only the cheddar", R),
            (C, "signing up today is free", R),
            (U, "i have to go"),
            (C, "six twenty then"),
        ],
    ),
    (
        "q11",
        "loose-leaf tea shop",
        ["rushed_upsell"],
        "Dutch customer running for a bus gets a monthly subscription, a storage tin and a newsletter email ask fired at her",
        [
            (U, "one box of english breakfast bags please i am in hurry for my bus"),
            (C, "of course"),
            (
                C,
                "have you heard about our monthly subscription three new teas through your door every month",
                RR,
            ),
            (U, "i live in amsterdam", R),
            (C, "we ship to europe too", R),
            (C, "and theres the matching storage tin for a fiver if you fancy it", R),
            (C, "can i take your email for the newsletter", R),
            (U, "no sorry only the tea", R),
            (C, "okay four ninety five"),
            (U, "thank you"),
        ],
    ),
    # --------------------------------------------------- hard "not" cases
    (
        "q12",
        "Nordic design shop",
        [],
        "not gossip: warm chat about the Norwegian customer's own new flat and her partner's taste, tied to the lamp she buys",
        [
            (C, "hello again you were in last week werent you"),
            (U, "yes i was looking at the lamp and now i have decided"),
            (C, "the oak one brilliant"),
            (U, "we got the keys for the new flat on monday finally"),
            (C, "oh congratulations hows it feeling"),
            (U, "very empty we have one sofa and many boxes"),
            (C, "thats the best bit though making it yours"),
            (U, "my partner wants everything white but me i want some colour"),
            (C, "well this lamp works with both so nobody loses"),
            (U, "exactly that is why i choose it"),
            (C, "one hundred and ten pounds please"),
            (U, "card please"),
            (C, "all done enjoy the new place"),
        ],
    ),
    (
        "q13",
        "cheese shop",
        [],
        "not gossip: the manager praised for sourcing the cheese and a colleague named as the cheddar expert for a return visit",
        [
            (C, "hi there what can i get you"),
            (U, "something soft and from here please gouda we have enough at home in holland"),
            (C, "fair enough try this its a soft goats cheese from a farm in somerset"),
            (U, "mm very creamy good"),
            (
                C,
                "our manager tom found that farm last spring he drives down every month to pick the batches himself hes got a real nose for it",
            ),
            (U, "you can taste it yes"),
            (
                C,
                "if you want something harder my colleague anna knows the cheddars inside out shes in tomorrow morning",
            ),
            (U, "maybe tomorrow we come back today only this one"),
            (C, "how big a piece"),
            (U, "this much"),
            (C, "thats about two hundred and fifty grams seven ten"),
            (U, "good thank you"),
        ],
    ),
    (
        "q14",
        "bookshop cafe",
        [],
        "not gossip: the Danish regular gossips about the florist next door while the cashier declines to engage and steers back to the order",
        [
            (
                U,
                "a cappuccino please and did you hear about the man from the flower shop next door",
            ),
            (C, "one cappuccino coming up"),
            (U, "they say his wife left him for the postman can you believe"),
            (C, "i wouldnt know to be honest"),
            (U, "and now he sleeps in the shop everybody saw the mattress in the back"),
            (C, "not really my business"),
            (C, "are you having it here or taking it with you"),
            (U, "here i sit by the window"),
            (C, "lovely ill bring it over thats three forty"),
            (U, "okay thank you"),
        ],
    ),
    (
        "q15",
        "bakery",
        [],
        "not a repeat: the cashier reads a big order back to confirm it, and it is the customer who asks twice about the gluten-free macaroons",
        [
            (C, "morning what are we having"),
            (U, "okay a lot today the family from gothenburg is visiting"),
            (U, "four cinnamon buns two of the sourdough and six of the small lemon tarts"),
            (C, "right bear with me"),
            (C, "do you want the sourdough sliced"),
            (U, "one sliced one not"),
            (
                C,
                "so thats four cinnamon buns two sourdough one sliced one whole and six lemon tarts",
            ),
            (U, "yes exactly"),
            (U, "do you have something without gluten for my aunt"),
            (C, "only the almond macaroons today"),
            (U, "and these are really with no gluten the macaroons"),
            (C, "none at all just ground almonds egg white and sugar"),
            (U, "then a box of those also"),
            (C, "lovely that all comes to twenty six forty"),
        ],
    ),
    (
        "q16",
        "loose-leaf tea shop",
        [],
        "not a repeat: one question repeated after the customer says sorry, and separate how-much and which-size questions of the same shape",
        [
            (C, "hi what can i get you"),
            (U, "a pot of the darjeeling please for here"),
            (C, "milk or lemon with that"),
            (U, "sorry"),
            (C, "would you like milk or lemon with the darjeeling"),
            (U, "lemon please"),
            (C, "small pot or the large"),
            (U, "small i am alone today"),
            (U, "and for home i want some assam and the jasmine pearls"),
            (C, "how much of the assam"),
            (U, "two hundred gram"),
            (C, "and how much of the jasmine"),
            (U, "only fifty they are expensive no"),
            (C, "they are a treat all together thats eighteen sixty"),
        ],
    ),
    (
        "q17",
        "bookshop cafe",
        [],
        "not rushed: one tailored recommendation for the Danish customer's train-mad son, then the bag and receipt asked unhurriedly with chat between",
        [
            (U, "hello i look for a book for my son he is eight and crazy for trains"),
            (C, "oh lovely how is his english"),
            (U, "quite good they learn early in denmark"),
            (
                C,
                "then id go for this one its about the flying scotsman loads of pictures but a proper story too",
            ),
            (U, "oh he will love this"),
            (U, "okay i take it"),
            (C, "nine ninety nine please"),
            (C, "do you need a bag for it", {"pause": 3.0}),
            (U, "no it goes in my backpack"),
            (U, "is there a train museum in the city we can visit"),
            (C, "theres a small one by the station free on weekends he would be in heaven"),
            (C, "want the receipt in case he has it already", {"pause": 2.5}),
            (U, "yes please"),
            (C, "there you go have a lovely trip"),
        ],
    ),
    (
        "q18",
        "Nordic design shop",
        [],
        "not rushed: a members card mentioned once on arrival and gift wrapping offered once at the till, far apart in a relaxed browse",
        [
            (C, "hi welcome in take your time"),
            (U, "thank you only looking for now"),
            (
                C,
                "no rush if you like the place we do a members card ten percent off after your first buy",
            ),
            (U, "maybe later first i look"),
            (U, "these glasses are they from finland", {"pause": 40.0}),
            (C, "yes hand blown in a little studio near tampere every one is a bit different"),
            (U, "i see the bubbles inside nice"),
            (U, "okay two of the green ones i take", {"pause": 25.0}),
            (C, "lovely"),
            (C, "are they a present would you like them wrapped"),
            (U, "yes for my sister her birthday is saturday"),
            (C, "ill do them in the grey paper with a bit of ribbon fifty six pounds please"),
            (U, "here card"),
            (C, "thank you enjoy the party"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout121", HELDOUT121, 1211)
