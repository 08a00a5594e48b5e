# ruff: noqa: E501
"""Build the coach's held-out set 119: written by writer-119 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, a few mishearings, unhurried rural speech): garden and pet
shops in the English countryside, namely a plant nursery, an aquatics shop, a
saddlery and tack shop, a farm-gate egg and honey stall, a pet groomer's front
desk and a bird-food shop.

Mix: 4 gossip (a neighbouring farmer's bankruptcy, the vicar's wife's affair, a
colleague caught drink-driving, the cashier's own son's trouble with drugs), 4
repeated_question (tank size, horse's height answered in the customer's first
turn, how many eggs, the dog's name), 3 rushed_upsell (plant-care plan, loyalty
card, newsletter, bulk-buy deal, raffle, multibuy), and 7 hard "not" cases: warm
chat about the customer's own new house; a colleague named and praised as the
saddle fitter; the customer gossips while the cashier deflects; an order read
back to confirm it; a "sorry what" re-ask with different questions of the same
shape; one tailored recommendation with the routine bag and receipt questions;
two offers far apart in a relaxed drop-off.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT119 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "farm-gate egg and honey stall",
        ["gossip"],
        "cashier spreads a neighbouring farmer's bankruptcy, debts and drinking to a customer",
        [
            (U, "morning have you any of the runny honey left"),
            (C, "just the two jars the set ones have been going quicker"),
            (U, "ill have one of the runny and half a dozen of the brown eggs"),
            (C, "right you are"),
            (C, "here did you hear about dennis pryce up at top farm"),
            (U, "no"),
            (
                C,
                "gone bust the lot of it the receivers were in on tuesday taking the tractors off him",
            ),
            (
                C,
                "owes the feed merchant thousands so they say and the bank and his own brother and all and my sister reckons it was the horses and the drink that done it",
            ),
            (U, "oh dear"),
            (C, "he wont be showing his face at the mart again i can tell you"),
            (U, "hmm what do i owe you"),
            (C, "five pound twenty in the honesty box or i can take it off you now"),
        ],
    ),
    (
        "q02",
        "plant nursery",
        ["gossip"],
        "cashier tells a church flower volunteer that the vicar's wife is having an affair with the bell ringer",
        [
            (
                U,
                "hello im after something for the church porch tubs something that will take a bit of shade",
            ),
            (C, "busy lizzies would do you or these fuchsias theyre hardy"),
            (U, "the fuchsias are lovely ill have four"),
            (C, "church tubs eh"),
            (
                C,
                "between you and me you want to keep an eye on mrs hollis when youre up there doing the flowers",
            ),
            (U, "the vicars wife"),
            (
                C,
                "mm shes been carrying on with the chap who leads the bell ringing his vans outside the vicarage every wednesday while the reverend is over at the hospice",
            ),
            (C, "poor man hasnt got a clue"),
            (U, "i really wouldnt know"),
            (C, "well dont say it came from me thats twenty two pound for the four"),
            (U, "card please"),
        ],
    ),
    (
        "q03",
        "saddlery and tack shop",
        ["gossip"],
        "cashier tells a customer a colleague was caught drink-driving, with his ban and his girlfriend's part in it",
        [
            (C, "afternoon what can i do for you"),
            (U, "a lead rope and a tub of the hoof oil please"),
            (C, "red or navy for the rope"),
            (U, "navy"),
            (C, "youll have noticed gary not on the van this week"),
            (U, "i hadnt actually"),
            (
                C,
                "got pulled on the way back from the young farmers do saturday night near three times over the limit they reckon",
            ),
            (
                C,
                "banned for a year and the boss is fuming cause hes the only one insured on the lorry so muggins here is doing all the deliveries",
            ),
            (U, "right"),
            (
                C,
                "his girlfriend was in the car and all it was her that had to ring his mum from the station",
            ),
            (U, "how much is that then"),
            (C, "eighteen forty"),
        ],
    ),
    (
        "q04",
        "pet groomer's front desk",
        ["gossip"],
        "cashier overshares her own son's arrest and drug dealing while the customer waits for the dog",
        [
            (U, "hiya im here to pick up pepper the cockapoo"),
            (C, "oh yes shes just having her bandana on shell be two minutes"),
            (U, "lovely"),
            (C, "sorry im all over the place today"),
            (C, "had the police round at six this morning for our kieran again"),
            (U, "oh no"),
            (
                C,
                "they caught him in the park with a bag of pills and its not the first time either i think hes been selling them to the lads at the college",
            ),
            (
                C,
                "i dont know where we went wrong with him honest i dont his dad wont even speak to him now",
            ),
            (U, "im sorry to hear that"),
            (C, "and the court date is the same week as our caravan holiday so thats that ruined"),
            (U, "is she nearly ready do you think"),
            (C, "here she comes thats thirty eight pound for the full groom"),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "aquatics shop",
        ["repeated_question"],
        "cashier asks the tank volume again in other words after talk about the stock",
        [
            (U, "hi im looking to add a few more fish to my community tank"),
            (C, "lovely what size tank have you got"),
            (U, "its a hundred and twenty litres been running about a year"),
            (C, "and whats in there at the moment"),
            (U, "six neon tetras a couple of plates and a bristle nose"),
            (C, "oh the bristlenose is a good un keeps the glass clean for you"),
            (U, "he does i was thinking maybe some cherry barbs"),
            (C, "theyre nice and peaceful them"),
            (C, "how many litres does your tank hold then"),
            (U, "a hundred and twenty like i said"),
            (C, "right then six barbs would sit fine in there"),
        ],
    ),
    (
        "q06",
        "saddlery and tack shop",
        ["repeated_question"],
        "the mare's height was given in the customer's first turn; cashier later asks how tall she is",
        [
            (
                U,
                "morning i need a new turnout rug for my mare shes fifteen two and a bit of a chunky cob",
            ),
            (C, "morning the heavyweights are over by the window"),
            (U, "she goes through rugs like nobodys business"),
            (C, "ha they all do what does she do hook them on the fence"),
            (U, "rolling mostly and the gelding in the next field chews the straps"),
            (C, "we do these with the rip stop outer they stand up to a fair bit of that"),
            (U, "sounds ideal"),
            (C, "now how tall is she so i get you the right size"),
            (U, "fifteen two i told you when i came in"),
            (C, "so you did sorry that would be a six three then"),
        ],
    ),
    (
        "q07",
        "farm-gate egg and honey stall",
        ["repeated_question"],
        "cashier asks how many eggs, chats about honey and the moor, then asks again whether it was six",
        [
            (U, "afternoon is there eggs today"),
            (C, "there is plenty the girls have been laying well with this warm spell"),
            (C, "how many are you wanting"),
            (U, "a dozen please and a jar of the heather honey if youve got it"),
            (C, "ive one heather left youre in luck"),
            (U, "oh good my husband swears by it on his porridge"),
            (C, "ah its the best for that the bees were up on the moor all august"),
            (U, "we walked up there last week it was all purple"),
            (C, "lovely time of year for it"),
            (C, "now was it six eggs you were after or"),
            (U, "a dozen"),
            (C, "right thats six pound for the honey and three forty for the eggs"),
        ],
    ),
    (
        "q08",
        "pet groomer's front desk",
        ["repeated_question"],
        "the dog's name was given at the start; after chat about his history the cashier asks it again",
        [
            (C, "morning whos this then"),
            (U, "this is dougal hes booked in for a bath and tidy at ten"),
            (C, "oh hes gorgeous what is he a bearded collie"),
            (U, "beardy cross we think hes a rescue"),
            (C, "aw how long have you had him"),
            (U, "about three years now he was ever so nervous at first"),
            (C, "well go gentle with him any trouble with his feet or ears"),
            (U, "he hates his back paws being touched"),
            (C, "noted"),
            (C, "and what name is it for the little lad"),
            (U, "dougal"),
            (C, "lovely well give you a ring when hes done"),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "plant nursery",
        ["rushed_upsell"],
        "plant-care plan, loyalty card sign-up and newsletter email fired off while the customer says no",
        [
            (U, "just these three lavenders please"),
            (C, "lovely"),
            (
                C,
                "do you want our plant care plan on them its two pound and we replace them if they die in the first year",
                RR,
            ),
            (U, "erm no", R),
            (C, "have you got a green fingers card its ten percent off today", R),
            (U, "no", R),
            (C, "i can sign you up now its just your name and address", R),
            (U, "not today", R),
            (
                C,
                "and can i take your email for the newsletter we send planting tips every month",
                R,
            ),
            (U, "no thanks", R),
            (C, "thats thirteen fifty then"),
        ],
    ),
    (
        "q10",
        "bird-food shop",
        ["rushed_upsell"],
        "bulk-buy sack deal, stamp card and a raffle strip pushed in quick succession",
        [
            (U, "a bag of the no mass mix please the two kilo"),
            (
                C,
                "if you take three of the big twelve and a half kilo sacks you save fifteen pound thats our bulk deal this month",
                RR,
            ),
            (U, "oh i", R),
            (C, "and do you collect the stamps every tenth bag is free", R),
            (U, "no", R),
            (
                C,
                "raffle for the hedgehog rescue as well a pound a strip first prize is a feeding station",
                R,
            ),
            (U, "um", R),
            (C, "ill put you down for a strip shall i", R),
            (U, "just the bag please"),
            (C, "right four ninety nine"),
        ],
    ),
    (
        "q11",
        "saddlery and tack shop",
        ["rushed_upsell"],
        "multibuy on fly spray, pony club raffle, newsletter and loyalty card rattled off back to back",
        [
            (U, "could i get a bottle of the fly spray"),
            (C, "course its buy one get one half price on those this week want another", RR),
            (U, "no", R),
            (C, "pony club raffle tickets are on the counter two pound each", R),
            (C, "and are you on our mailing list we do a newsletter with all the show dates", R),
            (U, "nope", R),
            (C, "loyalty cards free you get points on all your feed", R),
            (U, "im fine thanks", R),
            (C, "eleven ninety five please"),
        ],
    ),
    # ------------------------------------------------------------- not cases
    (
        "q12",
        "plant nursery",
        [],
        "NOT gossip: warm chat about the customer's own move and little girl; one fitting suggestion",
        [
            (U, "morning im after some sweet peas and a few bits for round the new house"),
            (C, "oh congratulations when did you move in"),
            (U, "only a fortnight ago the gardens a blank slate"),
            (C, "thats the best bit you get to make it your own"),
            (
                C,
                "these sweet pea plugs are well hardened off theyll go straight out against a fence",
            ),
            (U, "brilliant the back fence gets the sun all afternoon"),
            (C, "theyll love that youll have armfuls by july"),
            (U, "my little girl wants to grow sunflowers too"),
            (
                C,
                "ah bless her these giant ones are easy for kids shell have one taller than her by august",
            ),
            (U, "ill take a packet of those then"),
            (C, "that comes to twelve sixty"),
            (U, "card please"),
            (C, "lovely enjoy the new place"),
        ],
    ),
    (
        "q13",
        "saddlery and tack shop",
        [],
        "NOT gossip: a colleague named and praised as the qualified saddle fitter, a work reason",
        [
            (U, "hi my saddles been tipping forward on him since he dropped a bit of weight"),
            (C, "ah you want sue she does our saddle fitting shes qualified and shes really good"),
            (U, "is she in today"),
            (C, "shes out on a fitting this morning but shes back thursday i can book you in"),
            (U, "yes please thursday morning if she can"),
            (C, "ten oclock suit you"),
            (U, "perfect"),
            (C, "you can bring him in or she comes out to the yard whichever is easier"),
            (C, "she did my own mares saddle last spring made a world of difference to her back"),
            (U, "great ill have her come to the yard then"),
            (C, "done thats thirty five for the call out and you pay on the day"),
        ],
    ),
    (
        "q14",
        "bird-food shop",
        [],
        "NOT gossip: the customer gossips about her neighbour's husband while the cashier deflects to the bird food",
        [
            (U, "two tubs of the suet pellets please"),
            (C, "certainly"),
            (
                U,
                "my neighbour used to buy these by the sackful before her husband went off with the dental nurse",
            ),
            (U, "been seeing her for years apparently"),
            (C, "oh right well the robins will be glad of them either way"),
            (U, "and now shes selling up reckons shell get half a million for it she wont"),
            (C, "couldnt tell you ive never met her"),
            (C, "did you want the pellets with mealworm in or the plain ones"),
            (U, "the mealworm ones"),
            (C, "good choice the blue tits go mad for them thats nine pound"),
        ],
    ),
    (
        "q15",
        "farm-gate egg and honey stall",
        [],
        "NOT repeated_question: a phoned-in fete order read back once to confirm it",
        [
            (U, "hello i rang yesterday about the order for the village fete"),
            (C, "oh yes mrs barker hang on ive got it written down here somewhere"),
            (U, "thats me"),
            (
                C,
                "so that was five dozen eggs for the cake stall six jars of the runny honey and two of the set",
            ),
            (C, "is that all right"),
            (U, "yes thats everything"),
            (C, "ive put the eggs on trays of thirty so theyll stack in the boot"),
            (U, "oh thank you thats thoughtful"),
            (C, "forty one pound altogether"),
            (U, "heres fifty"),
            (C, "nine pound change and good luck with the fete"),
        ],
    ),
    (
        "q16",
        "aquatics shop",
        [],
        "NOT repeated_question: a re-ask after the customer says sorry what, then different how-many and how-much questions",
        [
            (U, "hi could you test my pond water please"),
            (C, "course pop it down here how long has the pond been in"),
            (U, "sorry what was that the pumps a bit loud"),
            (C, "how old is the pond"),
            (U, "about two years now"),
            (C, "and how many fish are in there"),
            (U, "eight coy and a few goldfish"),
            (C, "how many of them have got the white spots"),
            (U, "just the two koi"),
            (C, "right your nitrites are high thats what will be stressing them"),
            (C, "id do a thirty percent water change and treat with this"),
            (U, "how much of it do i put in"),
            (C, "one capful per thousand litres"),
            (U, "and how much is it"),
        ],
    ),
    (
        "q17",
        "aquatics shop",
        [],
        "NOT rushed_upsell: one tailored recommendation for a cloudy new tank plus the routine bag and receipt questions",
        [
            (
                U,
                "afternoon ive just set up a sixty litre tank for my son and the waters gone all cloudy",
            ),
            (C, "thats normal in a new tank its a bacterial bloom nothing to worry about"),
            (U, "oh thank goodness he thought hed done something wrong"),
            (C, "not at all"),
            (
                C,
                "if i were you id put a dose of this filter starter in itll get the good bacteria going then give it a fortnight before any fish",
            ),
            (U, "right ill take that"),
            (C, "how old is your lad"),
            (U, "nine he wants guppies"),
            (C, "guppies are a grand first fish hell love them"),
            (C, "do you want a bag for that"),
            (U, "no ill pop it in my pocket"),
            (C, "receipt"),
            (U, "go on then"),
            (C, "there you go see you both in a couple of weeks"),
        ],
    ),
    (
        "q18",
        "pet groomer's front desk",
        [],
        "NOT rushed_upsell: a nail-trim add-on at drop-off and a stamp card mentioned much later in a relaxed visit",
        [
            (C, "morning is this bramble"),
            (U, "it is shes booked in for a full groom"),
            (C, "while shes in would you like us to do her nails as well its five pound extra"),
            (U, "go on then her claws are clicking all over the kitchen floor"),
            (C, "ha they always do any changes to her cut from last time"),
            (U, "same as before short on the body and leave her ears fluffy"),
            (C, "lovely been anywhere nice with her lately"),
            (U, "we took her up to the beacon on sunday she was filthy by the end"),
            (C, "well she wont be by the time we are done with her"),
            (
                C,
                "oh we do a stamp card as well every sixth groom is half price if you want one",
                {"pause": 25},
            ),
            (U, "oh yes please"),
            (C, "there you are shell be ready about twelve"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout119", HELDOUT119, 1191)
