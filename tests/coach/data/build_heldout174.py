# ruff: noqa: E501
"""Build the coach's held-out set 174: written by writer-174 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words; Atlantic Canadian English with by, me son, my love, some good,
where you to): till staff in Newfoundland and Nova Scotia, at a St. Johns
convenience store, a Halifax liquor store, a Cape Breton hardware store, a fish
market, a pharmacy front counter and a Tim Hortons style coffee counter. The
cashier sometimes speaks twice in a row.

Mix: 4 gossip (a previous customer's boat repossessed, the pharmacist drinking on
shift, the owner's nephew's affair, the cashier's own ex showing up drunk), 4
repeated_question (cod fillet count, coffee size, delivery, how long home for, the
last right after a long customer story), 3 rushed_upsell (lottery ticket, air miles,
charity toque, coffee card and bulk deals pushed back to back), and 7 hard "not"
cases: warm chat about the customer's own life with one tailored recommendation and
spread-out bag and receipt questions; a colleague praised and named for a work reason
plus an order read back; the customer gossips while the cashier deflects; an order
read back and different questions of the same shape; a "sorry" re-ask; two offers far
apart in a relaxed visit; a customer repeating their own question with the boss named
for a work reason.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT174 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "St. Johns convenience store",
        ["gossip"],
        "cashier tells the customer the previous customer's boat got repossessed and he owes everyone money",
        [
            (C, "how are ya me son what can i get for ya"),
            (U, "just the paper and a coffee crisp"),
            (C, "no problem"),
            (C, "did you see the fella who was just in before you the one with the big beard"),
            (U, "the lad in the orange jacket yeah"),
            (
                C,
                "the bank came and took his boat off him tuesday towed it right out of the harbour in front of everybody",
            ),
            (C, "he owes half the shore money too his own brother wont speak to him now over it"),
            (U, "jeez"),
            (
                C,
                "and he still comes in here buying scratch tickets every day like nothing happened",
            ),
            (U, "what do i owe ya"),
            (C, "three sixty"),
        ],
    ),
    (
        "q02",
        "pharmacy front counter",
        ["gossip"],
        "cashier overshares that the pharmacist drinks on shift and smelled of rum this morning",
        [
            (C, "hi there my love are you picking up"),
            (U, "yes for murphy ellen murphy"),
            (C, "okay just give me a second its not bagged yet"),
            (C, "between you and me i wouldnt rush him back there"),
            (U, "oh"),
            (
                C,
                "hes after having a few again hes got a bottle in his desk drawer and he was into it before lunch",
            ),
            (
                C,
                "you could smell the rum off him when he came out to do the flu shots the girls are all talking about it",
            ),
            (U, "thats not great"),
            (C, "tell me about it anyway here it is thats twelve forty with your plan"),
            (U, "okay tap is fine"),
        ],
    ),
    (
        "q03",
        "Cape Breton hardware store",
        ["gossip"],
        "cashier tells a customer the owner's nephew is cheating on his wife with a woman from the bank",
        [
            (C, "find everything alright dear"),
            (U, "yeah two gallons of the porch paint and a roller"),
            (C, "you know young kevin the owners nephew who does the deliveries"),
            (U, "i think so"),
            (
                C,
                "well hes carrying on with the one from the credit union everybody knows it but his wife",
            ),
            (U, "oh my"),
            (
                C,
                "his truck was parked outside her place in glace bay all night saturday the owner is fit to be tied",
            ),
            (C, "and the wife is after having a baby in march too poor thing"),
            (U, "what do i owe you"),
            (C, "that comes to eighty nine fifty"),
        ],
    ),
    (
        "q04",
        "coffee counter",
        ["gossip"],
        "cashier overshares her own drama: her ex showed up drunk at her house and the police came",
        [
            (C, "morning what are we having"),
            (U, "medium double double and a bagel toasted"),
            (C, "sorry if im slow today i got about two hours sleep"),
            (U, "oh no"),
            (C, "my ex showed up at my door half cut at two in the morning banging and screaming"),
            (
                C,
                "the neighbours called the cops on him and hes after being charged before for the same thing",
            ),
            (U, "thats awful"),
            (C, "hes some piece of work i tell ya his new one can have him"),
            (U, "is that ready"),
            (C, "yeah here you go four sixty five"),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "fish market",
        ["repeated_question"],
        "cashier asks how many cod fillets, customer says six, and after weather talk she asks again in other words",
        [
            (C, "hello my love what are you after today"),
            (U, "cod fillets please the fresh ones"),
            (C, "how many fillets will you want"),
            (U, "six theres six of us for supper"),
            (C, "right some cold out there this morning isnt it"),
            (U, "wicked wind off the water"),
            (C, "they say itll blow like that all week"),
            (C, "now how many of them fillets am i wrapping up for ya"),
            (U, "six like i said"),
            (C, "oh right sorry six it is"),
        ],
    ),
    (
        "q06",
        "coffee counter",
        ["repeated_question"],
        "cashier asks the size, customer answers large, then after chat about the hockey game she asks small or medium",
        [
            (C, "good morning what can i get started for you"),
            (U, "a steeped tea please"),
            (C, "what size"),
            (U, "large"),
            (C, "did you catch the game last night"),
            (U, "i did the mooseheads were some good in the third"),
            (C, "my brother was there he said the place was packed"),
            (C, "so did you want that in a small or a medium"),
            (U, "large i said large"),
            (C, "oh yes large coming up"),
        ],
    ),
    (
        "q07",
        "Cape Breton hardware store",
        ["repeated_question"],
        "customer says yes to delivery on friday, then after small talk the cashier asks if they are taking it themselves or want it brought out",
        [
            (C, "okay so thats the twelve sheets of drywall and the mud"),
            (U, "thats it"),
            (C, "did you want us to deliver that out to you"),
            (U, "yes please friday if you can the truck wont fit that"),
            (C, "where you to now"),
            (U, "out in port morien by the wharf"),
            (C, "oh lovely out there my aunt had a place out that way years ago"),
            (U, "nice spot alright"),
            (C, "now will you be taking that home yourself or are we bringing it out to you"),
            (U, "bringing it friday we said"),
        ],
    ),
    (
        "q08",
        "Halifax liquor store",
        ["repeated_question"],
        "cashier asks how long he is home for, he answers two weeks, and right after his long story she asks again",
        [
            (C, "hows she going"),
            (U, "not bad just home from out west"),
            (C, "how long you home for"),
            (U, "two weeks then back to fort mac"),
            (
                U,
                "its a long haul boy we flew in through calgary and the flight got cancelled so we sat in the airport twelve hours and then they put us on one to toronto and then halifax and my bag went to montreal so i got nothing but the clothes on my back",
            ),
            (C, "oh my god"),
            (C, "so how long are you around for this time"),
            (U, "two weeks"),
            (C, "right well enjoy it thats thirty two forty"),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "St. Johns convenience store",
        ["rushed_upsell"],
        "lottery ticket, air miles card and a two-for chips deal fired off back to back while the customer mutters no",
        [
            (C, "thats fourteen twenty me son"),
            (C, "you want a lotto max ticket with that its forty million friday", RR),
            (U, "no", R),
            (C, "got your air miles card", R),
            (U, "nah", R),
            (C, "chips are two for five if you wants to grab another bag theyre just there", R),
            (U, "im good", R),
            (C, "scratch ticket for the road", R),
            (U, "no thanks", R),
        ],
    ),
    (
        "q10",
        "coffee counter",
        ["rushed_upsell"],
        "coffee card, charity toque and a box of a dozen deal pushed one after the other at a customer who barely replies",
        [
            (C, "next"),
            (U, "small black"),
            (C, "one eighty"),
            (C, "want to load up a coffee card you get a free one after ten", RR),
            (U, "uh no", R),
            (C, "were doing the toques for the childrens hospital twenty bucks", R),
            (U, "not today", R),
            (C, "and a box of a dozen is on for nine ninety nine today", R),
            (U, "no", R),
            (C, "okay", R),
        ],
    ),
    (
        "q11",
        "Halifax liquor store",
        ["rushed_upsell"],
        "air miles, a charity toque and a case deal pushed in quick succession before the customer has paid",
        [
            (C, "hi there"),
            (U, "just this"),
            (C, "twenty two fifty"),
            (C, "you collecting air miles", RR),
            (U, "no", R),
            (C, "would you like to pick up a toque for the food bank drive theyre ten dollars", R),
            (U, "uh", R),
            (C, "and if you grab a twenty four of that instead its cheaper per can this week", R),
            (U, "just the one", R),
            (C, "tap when youre ready", R),
        ],
    ),
    # -------------------------------------------------------- hard "not" cases
    (
        "q12",
        "fish market",
        [],
        "warm chat about the customer's daughter's wedding, one tailored halibut suggestion, bag and receipt asked far apart",
        [
            (C, "well look who it is how are you my love"),
            (U, "run off my feet my daughter is getting married saturday"),
            (C, "go way congratulations is it out around the bay"),
            (U, "in trinity at the church there and the reception at the hall after"),
            (C, "oh that will be some pretty this time of year"),
            (U, "were doing the supper ourselves so i need a lot of fish"),
            (
                C,
                "if youre feeding a crowd the halibut came in fresh this morning it holds up lovely in the oven and wont fall apart on ya",
                {"pause": 3.0},
            ),
            (U, "oh that sounds good give me eight pounds"),
            (C, "do you want that in a bag or have you got your cooler"),
            (U, "ive got the cooler in the car"),
            (C, "perfect i hope the weather holds for ye", {"pause": 4.0}),
            (C, "thats one hundred and sixty four dollars did you want your receipt"),
            (U, "yes please for my records"),
        ],
    ),
    (
        "q13",
        "pharmacy front counter",
        [],
        "cashier praises and names the pharmacist for a work reason, then reads the order back to confirm it",
        [
            (C, "hi how can i help you today"),
            (U, "i got a new puffer prescribed and i dont know how to use it"),
            (
                C,
                "sheila is on the pharmacy side today shes some good with the puffers shell walk you right through it",
            ),
            (U, "oh great"),
            (C, "she did my fathers last year and he had it down in five minutes"),
            (U, "and i need the childrens tylenol and a box of kleenex"),
            (C, "okay so thats the puffer from sheila the childrens tylenol and the kleenex right"),
            (U, "thats right"),
            (C, "twenty six eighty with your plan"),
        ],
    ),
    (
        "q14",
        "St. Johns convenience store",
        [],
        "the customer gossips about a neighbour's husband running off and the cashier politely deflects every time",
        [
            (C, "hi my love"),
            (
                U,
                "did you hear about the one up on the hill her husband took off with the one from bingo",
            ),
            (C, "oh i wouldnt know nothing about that"),
            (U, "sure everyone knows the whole street saw him loading the car"),
            (C, "i stays out of all that my love is it just the milk and bread"),
            (U, "and a pack of gum she says hes not getting a cent"),
            (C, "well its none of my business"),
            (C, "thats seven eighty five"),
            (U, "here you go"),
            (C, "thanks now mind the ice on the step"),
        ],
    ),
    (
        "q15",
        "coffee counter",
        [],
        "different questions of the same shape (toasted, butter, for here) and the order read back once to confirm",
        [
            (C, "morning what can i get ya"),
            (U, "two extra larges one double double one black and a everything bagel"),
            (C, "do you want the bagel toasted"),
            (U, "yes please"),
            (C, "do you want butter or cream cheese on it"),
            (U, "cream cheese"),
            (C, "and is that for here or to go"),
            (U, "to go"),
            (
                C,
                "so two extra large one double double one black and a toasted everything with cream cheese to go",
            ),
            (U, "yup"),
            (C, "eight forty five"),
        ],
    ),
    (
        "q16",
        "Cape Breton hardware store",
        [],
        "customer did not hear over the key cutter and said sorry, so the cashier asked again; other questions differ",
        [
            (C, "these for the deck boards are they"),
            (U, "yeah redoing the front step"),
            (C, "do you want the two inch or the three inch screws"),
            (U, "sorry whats that its loud with the key machine going"),
            (C, "the screws two inch or three inch"),
            (U, "three inch"),
            (C, "and are you using pressure treated or the cedar"),
            (U, "pressure treated"),
            (C, "then youll want the coated ones these here"),
            (U, "right on"),
            (C, "thats forty one twenty by"),
        ],
    ),
    (
        "q17",
        "Halifax liquor store",
        [],
        "two offers, air miles at the start and a rum tasting near the end, far apart in a long relaxed chat",
        [
            (C, "evening how are ya"),
            (U, "good good just grabbing a few things for the weekend"),
            (C, "do you have an air miles card"),
            (U, "not on me no"),
            (C, "no worries at all"),
            (C, "big plans for the weekend", {"pause": 3.0}),
            (U, "my brother is coming in from sydney we havent seen him since christmas"),
            (C, "aw thats lovely are you cooking for him"),
            (U, "lobster if i can get it cheap enough"),
            (C, "you should be alright this time of year the prices are down a bit"),
            (U, "lets hope"),
            (
                C,
                "if youre a rum man theres a tasting here saturday afternoon you could bring your brother down",
                {"pause": 6.0},
            ),
            (U, "might do that"),
            (C, "thats fifty eight ten have a great visit"),
        ],
    ),
    (
        "q18",
        "fish market",
        [],
        "customer asks twice herself whether the salmon is wild; the cashier names the boss for where the scallops came from",
        [
            (C, "hi there what can i get you"),
            (U, "is the salmon wild"),
            (C, "no my love thats farmed out of bay despoir"),
            (U, "okay and the scallops"),
            (C, "gerard the boss drove up to get them this morning theyre right fresh from digby"),
            (C, "hes very fussy about them he wont take them if theyre more than a day old"),
            (U, "give me a pound of scallops so and that salmon its not wild is it"),
            (C, "no farmed but its lovely fish"),
            (U, "okay one fillet of it too"),
            (C, "that comes to thirty seven fifty"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout174", HELDOUT174, 1741)
