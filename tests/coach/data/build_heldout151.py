# ruff: noqa: E501
"""Build the coach's held-out set 151: written by writer-151 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors and setting (recogniser style: lower case, no punctuation, no
apostrophes, numbers as words, a few mishearings such as "directly" for dreckly,
"new key" for newquay, "semi skinned", "life boat"): summer on the Cornwall and
Devon coast, a pasty shop, a surf hire hut, an ice-cream kiosk, a harbour
fishmonger, a gift shop and a campsite shop, with West Country staff ("my
lover", "ansum", "proper job", "dreckly", "my bird") serving visitors from up
country. The cashier sometimes speaks twice in a row.

Mix: 4 gossip (the harbourmaster's fling with a holidaymaker, the previous
customer's unpaid campsite fees, the owner passing frozen fish off as fresh,
the cashier's own brother's drinking), 4 repeated_question (which filling, how
many wetsuits with a bare-number answer, what size of crab, which pitch), 3
rushed_upsell (bodyboard upgrade, photo package, newsletter, lifeboat
donation, loyalty stamp card, fired back to back), and 7 hard "not" cases:
warm chat about the customer's own anniversary; a colleague praised and the
manager named for work reasons; the customer gossips about the harbourmaster
while the fishmonger deflects; an order read back plus a "sorry whats that"
re-ask and different either-or questions; one tailored recommendation with
bag and receipt spread out; two offers far apart at a relaxed kiosk; a
customer repeating her own question while the owner is named for a work reason.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT151 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "ice-cream kiosk, harbourside",
        ["gossip"],
        "cashier tells a visitor the harbourmaster is carrying on with a holidaymaker while his wife is away",
        [
            (C, "afternoon my lover what can i get you"),
            (U, "two ninety nines please and a little tub of the vanilla for the baby"),
            (C, "flake in both of them"),
            (U, "yes please"),
            (C, "ere did you see the harbourmaster down on the slip just now"),
            (U, "the man in the yellow jacket"),
            (
                C,
                "thats him well hes been carrying on with some woman from up country whos renting one of they holiday lets on fore street",
            ),
            (
                C,
                "his wife is over her sisters in bodmin for the fortnight and his van has been parked outside that cottage every night the whole quay knows",
            ),
            (U, "oh dear"),
            (C, "she goes home to reading saturday so we will see what happens then wont we"),
            (U, "how much do i owe you"),
            (C, "eight pound forty please"),
            (U, "is tap all right"),
            (C, "course it is there you go enjoy them"),
        ],
    ),
    (
        "q02",
        "campsite shop",
        ["gossip"],
        "cashier tells the next customer the camper-van man before him has not paid his pitch fees and is probably broke",
        [
            (C, "morning there you are bread only just come out the oven"),
            (U, "lovely ill have a white loaf a pint of milk and some of them firelighters"),
            (C, "right you are"),
            (C, "did you see the bloke in front of you with the old camper"),
            (U, "the tall chap yes"),
            (
                C,
                "hes been on pitch nine eleven nights now and not paid a penny keeps telling us his card is playing up",
            ),
            (
                C,
                "boss reckons he will sneak off in the night and i reckon hes skint hes been living out that van since easter by the look of him",
            ),
            (U, "gosh right"),
            (C, "four pound ninety five my ansum"),
            (U, "heres a fiver"),
            (C, "five pee change cheers"),
        ],
    ),
    (
        "q03",
        "harbour fishmonger",
        ["gossip"],
        "assistant slanders the owner to a customer: frozen wholesale fish thawed and sold as fresh landed",
        [
            (C, "now then what can i do for you"),
            (U, "couple of hake fillets please and is that sea bass local"),
            (C, "well it says line caught on the board dont it"),
            (
                C,
                "between ourselves the boss buys half of it frozen off the wholesaler in plymouth and thaws it out the back overnight",
            ),
            (U, "really"),
            (
                C,
                "oh yes then he chucks it on the ice first thing and chalks up fresh landed today he does it with the scallops and all",
            ),
            (C, "hed have my guts if he heard me telling you mind"),
            (U, "ill just stick with the hake then i think"),
            (C, "proper job that came off the boat this morning"),
            (U, "how much is that"),
            (C, "nine pound twenty"),
            (U, "there you go"),
        ],
    ),
    (
        "q04",
        "surf hire hut",
        ["gossip"],
        "cashier overshares her own family drama: her brother's drinking, stealing from their mum and refusing help",
        [
            (U, "hiya can we get two foamies for the afternoon"),
            (C, "yep two soft tops thats twenty four pound for four hours"),
            (U, "great"),
            (C, "sorry im all over the place today"),
            (
                C,
                "my brother rolled in at three this morning absolutely paralytic again mum had to drag him in off the lawn",
            ),
            (U, "oh no"),
            (
                C,
                "hes been on the cider every day since he lost his job at the boatyard and hes had money out of mums purse twice now",
            ),
            (
                C,
                "we tried getting him to see someone but he wont have it just screams the house down at us",
            ),
            (U, "thats rough im sorry"),
            (C, "anyway boards are round the side fins are already on"),
            (U, "cheers do we pay now"),
            (C, "yeah card machine is just there"),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "pasty shop",
        ["repeated_question"],
        "cashier asks again which fillings the customer wants after the order was given and some small talk about opening hours and the harbour",
        [
            (C, "morning my lover what can i get for you"),
            (U, "two large steak please and one of the cheese an onion for my daughter"),
            (C, "lovely"),
            (U, "are you open all day on sundae we might come back after the beach"),
            (C, "nine till four sundays we shut a bit earlier as the baker has his day off"),
            (U, "and is it far to walk down to the harbour from here"),
            (C, "five minutes straight down the hill you cant miss it"),
            (C, "right then what was it you wanted in the pasties"),
            (U, "two steak and a cheese and onion like i said"),
            (C, "oh yes course sorry"),
            (C, "thats thirteen pound sixty altogether"),
            (U, "card please"),
        ],
    ),
    (
        "q06",
        "surf hire hut",
        ["repeated_question"],
        "cashier asks how many wetsuits, gets the bare answer four, then after beach-safety chat asks how many of them need suits",
        [
            (C, "alright there you after suits and boards"),
            (U, "yeah please"),
            (C, "how many wetsuits do you need"),
            (U, "four"),
            (C, "nice first time out or have you surfed before"),
            (
                U,
                "the kids did a lesson in new key last year but me and the wife are total beginners",
            ),
            (
                C,
                "stay in the middle between the flags then its lumpy round the rocks this afternoon and the tide turns about three",
            ),
            (U, "brilliant thanks"),
            (C, "so how many of you are needing suits then"),
            (U, "four like i said two grown ups two kids"),
            (C, "right"),
            (C, "ill need the kids heights to get the sizes right"),
            (U, "about four foot and four foot six"),
        ],
    ),
    (
        "q07",
        "harbour fishmonger",
        ["repeated_question"],
        "customer chooses a medium dressed crab; after chat about the seal trip and the cottage the fishmonger asks how big a crab she wanted",
        [
            (U, "morning could i get a dressed crab"),
            (C, "course what size are you after we have small medium and the big boys"),
            (U, "a medium one please enough for two of us for tea"),
            (C, "right you are"),
            (
                U,
                "is the weather meant to hold for tomorrow were going out on the boat to see the seals",
            ),
            (
                C,
                "forecast says dry but it can turn quick round here take a jumper its nippy out past the point",
            ),
            (U, "will do"),
            (C, "where are you stopping"),
            (U, "a cottage up by the church"),
            (C, "lovely spot that"),
            (C, "and how big a crab was it you wanted"),
            (U, "medium i said the one for two"),
            (C, "ah yes there we are seven pound fifty"),
        ],
    ),
    (
        "q08",
        "campsite shop",
        ["repeated_question"],
        "cashier asks which pitch, is told thirty one, chats about last night's wind, then asks for the pitch number again",
        [
            (U, "just these sausages the rolls and a bag of ice please"),
            (C, "you paying now or shall i put it on your pitch"),
            (U, "on the pitch please"),
            (C, "which pitch are you on"),
            (U, "thirty one down in the bottom field"),
            (C, "nice and sheltered down there"),
            (U, "it was till the wind got up last night we nearly lost the gazebo"),
            (C, "dreadful wasnt it half the top field was out with mallets at midnight"),
            (U, "ha i bet"),
            (C, "right so whats your pitch number my lover"),
            (U, "thirty one"),
            (C, "thirty one lovely thats on there for you"),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "surf hire hut",
        ["rushed_upsell"],
        "bodyboard upgrade, beach photo package, newsletter and lifeboat round-up fired back to back at a visitor who wanted one board",
        [
            (U, "hi just one bodyboard for an hour please"),
            (C, "ten pound for the hour"),
            (C, "want to upgrade to the proper finned one its only a fiver more loads faster", RR),
            (U, "er", R),
            (
                C,
                "and our lads shoot photos off the beach all afternoon photo package is fifteen quid you get the lot on your phone",
                R,
            ),
            (C, "plus stick your email down here for the newsletter ten percent off next time", R),
            (U, "i", R),
            (C, "and do you want to round it up for the life boat", R),
            (U, "just the normal board please"),
            (C, "no worries ten pound then"),
            (U, "thanks"),
        ],
    ),
    (
        "q10",
        "ice-cream kiosk",
        ["rushed_upsell"],
        "stamp card, lifeboat pot, newsletter QR code and take-home fudge pushed in one burst at a customer buying a single cone",
        [
            (C, "hiya what can i get you"),
            (U, "a single scoop of mint choc chip in a cone please"),
            (C, "there you go three pound twenty"),
            (C, "have you got one of our stamp cards tenth ones free", RR),
            (U, "no i", R),
            (
                C,
                "ill do you one now and you want to pop fifty pee in the lifeboat pot while youre here",
                R,
            ),
            (
                C,
                "and if you scan that code on the window you get our newsletter with the flavour of the week",
                R,
            ),
            (U, "okay maybe", R),
            (C, "and we do a box of clotted cream fudge to take home four fifty", R),
            (U, "just the cone thanks"),
            (C, "righto three twenty"),
        ],
    ),
    (
        "q11",
        "gift shop",
        ["rushed_upsell"],
        "loyalty card, holiday-photo mug package, lifeboat box and newsletter sign-up rattled off while the visitor only wants a tea towel and magnet",
        [
            (U, "just this tea towel and the pilchard fridge magnet please"),
            (C, "lovely thats seven ninety nine"),
            (C, "do you want a loyalty card ten stamps gets you a fiver off", RR),
            (U, "um", R),
            (
                C,
                "and we print your holiday snaps onto mugs or canvases photo package from twelve ninety nine",
                R,
            ),
            (C, "and theres the lifeboat box by the till if youd like to add a pound", R),
            (U, "sorry i", R),
            (C, "and pop your email on the screen there for our newsletter", R),
            (U, "im really only after the tea towel and the magnet"),
            (C, "fair enough card or cash"),
            (U, "card"),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "pasty shop",
        [],
        "not gossip: warm chat about the customers' own anniversary trip and dinner plans; cashier speaks twice but says nothing about third parties",
        [
            (C, "morning ansum whats it to be"),
            (U, "two medium traditionals please and a saffron bun"),
            (C, "coming up"),
            (U, "we first came here forty years ago this week on our honeymoon"),
            (C, "oh thats lovely congratulations"),
            (C, "has it changed much since"),
            (
                U,
                "the harbour looks the same but there was a shop selling fishing nets where you are now",
            ),
            (C, "it was the old net loft years back are you doing anything special for it"),
            (U, "our son booked us a table at the hotel on the cliff tonight"),
            (C, "oh youll have a proper evening the sunsets from up there are something else"),
            (C, "thats ten pound eighty please"),
            (U, "there we are"),
            (C, "happy anniversary the pair of you"),
        ],
    ),
    (
        "q13",
        "surf hire hut",
        [],
        "not gossip: instructor colleague named and praised for teaching, manager named for the weather-cancellation call; both work reasons",
        [
            (U, "hello weve booked a lesson for two oclock under the name patel"),
            (C, "yep got you here two adults"),
            (
                C,
                "kerensa is taking that one shes brilliant with beginners been teaching here six seasons",
            ),
            (U, "great"),
            (C, "she will sort your suits out too just tell her your sizes down at the van"),
            (U, "do we need to bring anything"),
            (C, "just suncream and a towel boards are all included"),
            (U, "and what if it blows out"),
            (C, "then mark the manager rings you by twelve and moves you to tomorrow no charge"),
            (U, "perfect"),
            (C, "its all paid so just be at the slipway ten minutes before"),
        ],
    ),
    (
        "q14",
        "harbour fishmonger",
        [],
        "not gossip: the customer gossips about the harbourmaster's affair; the fishmonger declines twice and steers back to the prawns",
        [
            (U, "pound of prawns please"),
            (C, "shell on or peeled"),
            (U, "shell on"),
            (U, "here have you heard about the harbourmaster and that woman from the holiday let"),
            (C, "cant say i have"),
            (U, "everyone in the pub was on about it last night apparently his wife found out"),
            (C, "not my business really my lover people say all sorts down here"),
            (C, "these came in this morning want a lemon with them"),
            (U, "go on then"),
            (U, "i tell you she was only twenty five that woman"),
            (C, "couldnt tell you anything about it thats six pound forty with the lemon"),
            (U, "card please"),
            (C, "pop it in when youre ready"),
        ],
    ),
    (
        "q15",
        "campsite shop",
        [],
        "not repeated: order read back to confirm; one re-ask after the customer says sorry whats that; gas type and egg size are different either-or questions",
        [
            (U, "can i get two bags of ice a box of matches six eggs and a pint of semi skinned"),
            (C, "two ice matches six eggs and a pint of semi skimmed thats the lot"),
            (U, "and a gas canister for the stove"),
            (C, "which sort the blue screw on or the little click in ones"),
            (U, "screw on"),
            (C, "paying now or on the pitch"),
            (U, "sorry whats that the kids were shouting"),
            (C, "paying now or shall i put it on your pitch"),
            (U, "on the pitch please number forty"),
            (C, "forty lovely"),
            (C, "did you want large eggs or medium"),
            (U, "large"),
            (C, "all on there for you enjoy your evening"),
        ],
    ),
    (
        "q16",
        "gift shop",
        [],
        "not rushed: one tailored suggestion (a chough brooch for a bird-loving mum), then bag and receipt asked far apart in a relaxed chat",
        [
            (C, "hello there give me a shout if you need a hand"),
            (
                U,
                "ill take this puffin print please its for my mum she went to lundy years ago and never stopped talking about them",
            ),
            (C, "oh she will love that"),
            (
                C,
                "if shes into her birds the little chough brooch goes lovely with it its made by a silversmith over st ives",
            ),
            (U, "oh thats pretty how much is it"),
            (C, "eighteen pound"),
            (U, "go on ill have both"),
            (C, "is it her birthday", {"pause": 3.0}),
            (U, "seventy on tuesday were all going round for lunch"),
            (C, "ah lovely would you like a bag for them", {"pause": 4.0}),
            (U, "a small one would be great"),
            (C, "thats thirty nine fifty altogether"),
            (U, "card"),
            (C, "do you want the receipt in case she wants to swap anything", {"pause": 6.0}),
        ],
    ),
    (
        "q17",
        "ice-cream kiosk",
        [],
        "not rushed: stamp card mentioned once early, lifeboat tin mentioned once at payment minutes later, with rock-pool chat between",
        [
            (C, "hello my bird what are you having"),
            (U, "can we have a minute the kids are still choosing"),
            (C, "take your time theres no rush"),
            (U, "right one strawberry one honeycomb and a rum and raisin for me", {"pause": 20.0}),
            (C, "cones or tubs"),
            (U, "cones for them a tub for me"),
            (C, "we do a stamp card if youre about all week every eighth one is on us"),
            (U, "oh go on then were here till friday"),
            (C, "there you are first stamp on it"),
            (U, "is the beach by the lighthouse any good for rock pools", {"pause": 5.0}),
            (
                C,
                "brilliant at low tide thats about half four today take a net and they will be in there for hours",
            ),
            (U, "lovely"),
            (
                C,
                "ten pound fifty please and theres the lifeboat tin if youve any coppers",
                {"pause": 25.0},
            ),
            (U, "here you go ill put the change in"),
        ],
    ),
    (
        "q18",
        "pasty shop",
        [],
        "not repeated and not gossip: the customer repeats her own gluten-free question; the owner is named only to explain the missing stock",
        [
            (U, "do you do a gluten free pasty"),
            (C, "we do normally but not today sorry"),
            (
                C,
                "jenny the owner does those and shes up the royal cornwall show with the van so we only got what the boys baked this morning",
            ),
            (U, "oh shame"),
            (U, "so theres nothing gluten free at all"),
            (C, "not hot no but the salads in the fridge there are all gluten free"),
            (U, "ill take a chicken salad then and a bottle of water"),
            (C, "she will have the gluten free ones back in first thing tomorrow if youre around"),
            (U, "might do were here till sunday"),
            (C, "five pound forty then please"),
            (U, "there you go"),
            (C, "cheers ansum see you directly"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout151", HELDOUT151, 1511)
