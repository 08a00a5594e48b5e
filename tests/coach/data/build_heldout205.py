# ruff: noqa: E501
"""Build the coach's held-out set 205: written by writer-205 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors: counter staff and regulars in Brisbane and on the Gold Coast,
written with normal case and punctuation in Queensland Australian English
("heaps", "reckon", "arvo", "servo", "thongs", "port", "yeah nah"). Shops: a
Burleigh surf shop, a Woolloongabba bottle-o, a Southport chemist, a Coolangatta
fish-and-chip shop, a Nundah servo and a Redcliffe newsagent selling lotto. The
cashier sometimes speaks twice in a row.

Mix: 4 gossip (a previous customer's drink-driving ban, the owner's cash-in-hand
backpackers, a colleague's fling with a lifeguard, the cashier's own mum's pokies
problem), 4 repeated_question (grilled or battered after a bare "yeah nah,
battered", scoops of chips, board length, heading to the beach), 3 rushed_upsell
(rewards card, lotto ticket, combo upgrade, charity round-up and text club fired
back to back at a customer who barely answers) and 7 hard "not" cases: warm chat
about the customer's own holiday with one tailored recommendation and the routine
bag/receipt questions; the pharmacist named and praised for a work reason; the
customer gossips about a neighbour while the cashier deflects; an order read back
to confirm plus a "sorry?" re-ask; different questions of the same shape at a
servo; two offers far apart in a relaxed newsagent visit; the manager named for a
refund while the customer repeats their own question.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT205 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Woolloongabba bottle-o",
        ["gossip"],
        "cashier tells the next customer that the bloke before him just lost his licence for drink-driving",
        [
            (C, "G'day mate, how's the arvo treating you?"),
            (U, "Not bad. Just the carton of XXXX Gold, thanks."),
            (C, "Easy. Did you see the fella who just walked out with the slab of VB?"),
            (U, "The tall guy? Sort of."),
            (
                C,
                "He got done blowing point one four out on Ipswich Road last month. Lost his licence for six months.",
            ),
            (
                C,
                "His missus has to drive him here now, she was sitting out in the ute looking absolutely filthy about it. Reckon he's still sneaking a drive when she's at work, too.",
            ),
            (U, "Right. Fair enough."),
            (C, "Anyway, that's fifty-four ninety-nine."),
            (U, "Tap's fine."),
            (C, "Beauty, all done. Enjoy."),
        ],
    ),
    (
        "q02",
        "Coolangatta fish-and-chip shop",
        ["gossip"],
        "cashier overshares that the owner pays the backpacker staff cash in hand under the award",
        [
            (C, "Hiya, what can I get you?"),
            (U, "Two pieces of flake, a scoop of chips and a couple of potato scallops."),
            (C, "No worries. Bit of a wait tonight, sorry, we're short out the back."),
            (U, "That's alright, I'm not in a hurry."),
            (
                C,
                "Honestly, it's because Gary only hires backpackers now. He pays 'em cash in hand, like twelve bucks an hour, nothing through the books.",
            ),
            (
                C,
                "Two of the Irish girls walked out on Saturday when they found out what the award rate is. He's gonna get pinged by the tax office one of these days, I reckon.",
            ),
            (U, "Oh. Yikes."),
            (C, "Yeah. Anyway, that's twenty-six fifty."),
            (U, "Here's thirty."),
            (C, "Three fifty change, I'll call your number."),
        ],
    ),
    (
        "q03",
        "Burleigh surf shop",
        ["gossip"],
        "cashier dishes on a colleague's private fling with a married lifeguard",
        [
            (C, "Hey, find everything alright?"),
            (U, "Yeah, just this leash and a block of wax."),
            (C, "Sweet as. Seven foot leash, good pick for a mal."),
            (C, "You know Kayla who usually works Saturdays?"),
            (U, "Blonde girl? I think so."),
            (
                C,
                "She's been hooking up with one of the lifeguards from the North Burleigh tower. The one with the tatts, and he's got a wife and a baby at home, apparently.",
            ),
            (C, "Whole shop knows. She came in Monday with his jumper on, so dodgy."),
            (U, "Huh. Okay."),
            (C, "Anyway, forty-two dollars thanks."),
            (U, "Card."),
            (C, "Cheers, have a good one."),
        ],
    ),
    (
        "q04",
        "Redcliffe newsagent",
        ["gossip"],
        "cashier overshares about her own mum's pokies addiction while selling lotto",
        [
            (C, "Morning! What are we after?"),
            (U, "Just a Saturday Gold Lotto system seven, and the Courier-Mail."),
            (C, "Good luck with it. My mum'd buy every ticket in the shop if I let her."),
            (
                C,
                "She's got a real problem with the pokies at the Redcliffe leagues club, honestly. Blew her whole pension again last fortnight and had to borrow off my brother for rent.",
            ),
            (U, "Oh, that's rough."),
            (
                C,
                "We tried getting her to self-exclude but she just goes to the Kippa-Ring tavern instead. Dad doesn't even know how bad it is.",
            ),
            (U, "Sorry to hear. How much do I owe you?"),
            (C, "Sorry, rabbiting on. Thirty-three ninety with the paper."),
            (U, "There you go."),
            (C, "Ta. Your ticket's in the bag with the paper."),
        ],
    ),
    # ---------------------------------------------------------------- repeated_question
    (
        "q05",
        "Coolangatta fish-and-chip shop",
        ["repeated_question"],
        "cashier re-asks grilled or battered after the customer already said 'yeah nah, battered'",
        [
            (C, "G'day, what'll it be?"),
            (U, "Barramundi and chips, please."),
            (C, "Grilled or battered for the barra?"),
            (U, "Yeah nah, battered."),
            (C, "Easy. You down from Brissie for the weekend?"),
            (U, "Yeah, staying at Rainbow Bay with the in-laws."),
            (C, "Nice spot. Water was pumping this morning."),
            (U, "So I heard, the kids have been in all day."),
            (C, "Now, the barra, you want that cooked on the grill or done in the beer batter?"),
            (U, "Battered, like I said."),
            (C, "Sorry mate. Eighteen fifty."),
            (U, "Cheers."),
        ],
    ),
    (
        "q06",
        "Coolangatta fish-and-chip shop",
        ["repeated_question"],
        "cashier asks again how many scoops of chips after the customer already said two",
        [
            (C, "Hi there, what can I do you for?"),
            (U, "Four pieces of hake, some calamari rings and chips."),
            (C, "How many scoops of chips?"),
            (U, "Two, thanks. There's four of us."),
            (C, "Lovely. Salt on everything?"),
            (U, "Yes please, chicken salt on the chips if you've got it."),
            (C, "Course we do. Looks like it might bucket down soon, hey."),
            (U, "Yeah, we're gonna eat in the car I reckon."),
            (C, "And how many lots of chips did you want with that?"),
            (U, "Um, two. Same as before."),
            (C, "Right you are. Thirty-nine twenty all up."),
        ],
    ),
    (
        "q07",
        "Burleigh surf shop",
        ["repeated_question"],
        "cashier re-asks which board length after the customer already chose the seven-six",
        [
            (C, "How're you going? Need a hand with the boards?"),
            (
                U,
                "Yeah, I'm after one of these mid-lengths for my partner. She's just starting out.",
            ),
            (
                C,
                "Sweet. We've got the seven-six and the eight-foot in that model. Which length are you after?",
            ),
            (U, "The seven-six. She's only small."),
            (C, "Good call. Where's she been learning?"),
            (U, "Mostly Currumbin Alley, does the Sunday lessons there."),
            (C, "Ah, perfect spot for it. Gentle little rollers."),
            (C, "So did you want the eight-foot or the shorter one?"),
            (U, "The seven-six, mate."),
            (C, "Yep, yep. Grab you a fin set with that?"),
            (U, "Nah, it comes with fins."),
            (C, "True. Six-ninety-nine then."),
        ],
    ),
    (
        "q08",
        "Southport chemist",
        ["repeated_question"],
        "cashier asks twice, in other words, whether the customer is heading to the beach after she said yes",
        [
            (C, "Hi, is it just the sunscreen today?"),
            (U, "And the aloe vera gel, please."),
            (C, "Are you heading down to the beach today?"),
            (U, "Yep, Main Beach this arvo with the kids."),
            (C, "Lovely. UV's meant to be extreme today, so reapply every couple of hours."),
            (U, "Will do. Last time I forgot and I was lobster red for a week."),
            (C, "Oh, been there. The gel will help with that."),
            (C, "So are you going to the beach at all, or is this just for around the house?"),
            (U, "Um, the beach. Main Beach."),
            (C, "Right, course. Twenty-eight forty-five all up."),
            (U, "Thanks."),
        ],
    ),
    # ---------------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Redcliffe newsagent",
        ["rushed_upsell"],
        "cashier fires a rewards card, a lotto ticket, a charity round-up and a text club at a customer buying a card",
        [
            (C, "Hi, just the birthday card?"),
            (U, "Yep."),
            (
                C,
                "Have you got our Newsxpress rewards card? I can sign you up now, takes two secs.",
                RR,
            ),
            (U, "Nah.", R),
            (C, "Powerball's jackpotting at eighty mil tonight, want a quick pick?", R),
            (U, "No thanks.", R),
            (C, "Round up to five bucks for the Redcliffe Hospital Foundation?", R),
            (U, "Nah.", R),
            (C, "And can I grab your mobile for our text club? You get the jackpot alerts.", R),
            (U, "Just the card, thanks."),
            (C, "Righto, six ninety-five."),
        ],
    ),
    (
        "q10",
        "Nundah servo",
        ["rushed_upsell"],
        "cashier pushes a combo upgrade, a rewards card, a charity round-up and a text club back to back while the customer just wants to pay for fuel",
        [
            (C, "Pump four?"),
            (U, "Yeah, and this iced coffee."),
            (C, "Make it a meal deal with a sausage roll for three bucks more?", RR),
            (U, "Nah.", R),
            (C, "Got a rewards card? Save four cents a litre.", R),
            (U, "Nope.", R),
            (C, "Wanna round up for the Westpac chopper?", R),
            (
                C,
                "And you can join our text club for free coffee Fridays, just pop your number in.",
                R,
            ),
            (U, "No, mate, just the fuel and the coffee."),
            (C, "No worries. Seventy-one twenty."),
            (U, "Tap."),
        ],
    ),
    (
        "q11",
        "Woolloongabba bottle-o",
        ["rushed_upsell"],
        "cashier hits a customer buying one bottle of wine with a combo deal, loyalty sign-up, text club and charity round-up in a burst",
        [
            (C, "Hey there, just the shiraz?"),
            (U, "Yep, that's it."),
            (C, "Grab a second bottle and it's two for thirty-five, wanna do that?", RR),
            (U, "Ah, no.", R),
            (C, "Are you a member? I can get you signed up for member pricing right now.", R),
            (C, "We've got a text club as well, weekly specials straight to your phone.", R),
            (U, "I'm good.", R),
            (C, "Round up your change for the Lions' Cup appeal?", R),
            (U, "No. Just the wine."),
            (C, "Sure, twenty-two dollars."),
        ],
    ),
    # ---------------------------------------------------------------- hard "not" cases
    (
        "q12",
        "Burleigh surf shop",
        [],
        "warm chat about the customer's own trip, one tailored wax recommendation and the routine bag and receipt questions, relaxed pace",
        [
            (C, "Morning! You getting out there today?"),
            (
                U,
                "Hopefully. We're driving up to Noosa tomorrow for a week, taking my daughter for her first proper surf trip.",
            ),
            (C, "Oh, that'll be awesome. How old is she?"),
            (U, "Twelve. She's been doing Nippers at Kirra for two years, so she's keen as."),
            (
                C,
                "Love that. Noosa's perfect for her, First Point's like a long gentle wall when it's small.",
            ),
            (U, "That's the plan. I just need wax and a new pair of thongs, mine blew out."),
            (
                C,
                "For up there this time of year I'd go the tropical wax, the cool water stuff goes mushy in the heat.",
                {"pause": 3.0},
            ),
            (U, "Good to know, I'll take two of those."),
            (
                C,
                "Thongs are the Havaianas, size ten? Easy. Want a bag or are you right?",
                {"pause": 4.0},
            ),
            (U, "I'll just chuck it in my port."),
            (C, "All good. That's forty-one, and do you want the receipt?"),
            (U, "Nah, you're right."),
            (C, "Have a ripper trip, hope she gets a few good ones."),
        ],
    ),
    (
        "q13",
        "Southport chemist",
        [],
        "the pharmacist is named and praised for a work reason (dose advice), no private details",
        [
            (C, "Hi, how can I help?"),
            (U, "I've got a script for my son, it's the antibiotic liquid. He's three."),
            (C, "No worries. Priya's our pharmacist on today, she'll make that up for you."),
            (
                C,
                "She's brilliant with the little ones' dosing, she'll go through the syringe with you so you know exactly how much.",
            ),
            (U, "Oh good, last time I was totally lost."),
            (C, "Yeah, she'll sort you. It's about ten minutes. Is he on any other medicines?"),
            (U, "Just Panadol when he's got a fever."),
            (C, "Perfect, I'll let her know. Medicare card?"),
            (U, "Here you go."),
            (C, "Thanks, take a seat and she'll call you up."),
        ],
    ),
    (
        "q14",
        "Woolloongabba bottle-o",
        [],
        "the customer gossips about a neighbour's parties and the cashier politely deflects back to the sale",
        [
            (C, "G'day, how's it going?"),
            (U, "Good, mate. Two bottles of the Yellowglen, and some ice."),
            (C, "Easy done. Celebrating something?"),
            (
                U,
                "Sort of. Trying to get through another weekend of the neighbours' parties. Bloke next door's been done for dealing, I reckon, cars in and out all night.",
            ),
            (
                U,
                "And his missus is never home, goes off with some other fella. The whole street talks about it.",
            ),
            (C, "Ah well, can't say I know 'em. Did you want the bagged ice or the block?"),
            (U, "Bag's fine. Honestly, you should see the state of their yard."),
            (C, "Ha, yeah. Bubbles are in the fridge here, want me to pull out the cold ones?"),
            (U, "Yeah, cold ones, good thinking."),
            (C, "Thirty-four ninety with the ice."),
            (U, "Card."),
            (C, "Cheers, enjoy the bubbles."),
        ],
    ),
    (
        "q15",
        "Coolangatta fish-and-chip shop",
        [],
        "order read back to confirm it, and one 'sorry?' re-ask because the customer did not hear over the fryer",
        [
            (C, "Hi, what are we having?"),
            (
                U,
                "Two grilled whiting, a battered flathead, three dim sims and two scoops of chips.",
            ),
            (C, "Any drinks?"),
            (U, "Couple of lemon squash."),
            (C, "And was that to eat here or take away?"),
            (U, "Sorry?"),
            (C, "Eating here, or taking it with you?"),
            (U, "Oh, take away, we'll head down to the park."),
            (
                C,
                "Okay, just reading it back: two grilled whiting, one battered flathead, three dim sims, two scoops and two lemon squash, takeaway.",
            ),
            (U, "Yep, spot on."),
            (C, "Forty-eight forty. Number's sixty-two."),
        ],
    ),
    (
        "q16",
        "Nundah servo",
        [],
        "different questions of the same shape (which pump, which size ice, which gas bottle), each asked once and answered",
        [
            (C, "Morning. Which pump are you on?"),
            (U, "Number two."),
            (C, "Sweet, sixty-eight bucks on two. Anything else?"),
            (U, "Bag of ice, and I need to swap a gas bottle for the barbie."),
            (C, "Big bag of ice or the small one?"),
            (U, "Big one, we've got the esky full."),
            (C, "And the gas, is it the nine kilo or the smaller four kilo one?"),
            (U, "Nine kilo."),
            (C, "Righto. Swap cage is round the side, I'll unlock it from here."),
            (C, "All up that's a hundred and four fifty."),
            (U, "Cheers, tap's fine."),
        ],
    ),
    (
        "q17",
        "Redcliffe newsagent",
        [],
        "two offers far apart (a lotto mention early and a scratchie much later) in a relaxed, chatty visit about the customer's own plans",
        [
            (C, "Morning, Bev! Just the paper?"),
            (U, "Paper and a birthday card for my grandson, he's turning eighteen."),
            (C, "Oh, big one! Powerball's up to forty mil this week if you fancy a go."),
            (U, "Nah, not this week, love."),
            (
                C,
                "No worries. The eighteenth cards are on the end there, second shelf down.",
                {"pause": 4.0},
            ),
            (
                U,
                "Found one, he'll like this. He's off to uni in Townsville next year, doing marine biology.",
                {"pause": 25.0},
            ),
            (C, "Good on him! He'll be out on the reef all the time."),
            (
                U,
                "That's what he's hoping. We're having a barbie at Suttons Beach on Sunday for him.",
            ),
            (C, "Lovely spot for it, hope the weather holds.", {"pause": 3.0}),
            (
                C,
                "If you want, a scratchie tucked in the card is always a good laugh for an eighteenth.",
                {"pause": 20.0},
            ),
            (U, "Oh, that's cute. Go on then, one of the five dollar ones."),
            (C, "Done. Fourteen twenty with the paper and the card."),
        ],
    ),
    (
        "q18",
        "Burleigh surf shop",
        [],
        "the manager is named for a work reason (approving a refund) and the customer repeats their own question; the cashier asks nothing twice",
        [
            (C, "Hey, what can I do for you?"),
            (
                U,
                "I bought this rashie last week and the seam's come apart already. Can I get a refund?",
            ),
            (C, "Oh no, let me have a look. Yeah, that's a dud seam."),
            (
                C,
                "Refunds need Tom to okay them, he's the manager, I'll just give him a buzz out the back.",
            ),
            (U, "Sure. Can I get it back on my card?"),
            (C, "Should be fine. Have you got the receipt?"),
            (U, "Yep, here. So it goes back on the card, yeah?"),
            (C, "Yep, same card you paid with. Tom's just said all good."),
            (C, "Fifty-four ninety back on there, pop your card in when you're ready."),
            (U, "Done. Thanks heaps."),
            (C, "No dramas, sorry about the dodgy one."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout205", HELDOUT205, 2051)
