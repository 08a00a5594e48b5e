# ruff: noqa: E501
"""Build the coach's held-out set 147: written by writer-147 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Kiwi speech: "sweet
as", "chur", "eh", "togs", "jandals"; the cashier sometimes speaks twice in a
row): counter staff in New Zealand small towns: a dairy, a surf shop, a garden
centre, a fish and chip shop, a hardware store and a vet clinic's reception.

Mix: 4 gossip (a farmer's wife leaving him for the shearer, the previous
customer's unpaid tab, the vet's drink-driving charge, the cashier's flatmate
stealing from her), 4 repeated_question (which bait, how many scoops with a
number-only answer, what size bag of feed, which day to pick up the dog), 3
rushed_upsell (warranty, loyalty card, raffle, newsletter, shelter donation
fired back to back), and 7 hard "not" cases: warm chat about the customer's own
plans; a colleague and the manager named for work and praised; the customer
gossips while the cashier deflects; an order read back to confirm; a "sorry?"
re-ask plus same-shape questions about two different pets; one tailored
recommendation with the bag and receipt questions spread out; two offers far
apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT147 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "dairy",
        ["gossip"],
        "cashier spreads the news that a local farmer's wife has run off with the shearer",
        [
            (C, "Morning! Just the paper and the milk?"),
            (U, "Yeah, and a mince and cheese out of the warmer, thanks."),
            (C, "Sweet as."),
            (
                C,
                "Hey, did you hear about Graeme Tully out on Back Road? His missus has gone off with the shearer. The young fella from the gang that came through in November.",
            ),
            (U, "Oh. No, I hadn't heard."),
            (
                C,
                "Packed up the ute while he was at the sale yards, eh. Everyone reckons it'd been going on all season, right under his nose. Poor bugger's been in here buying microwave dinners all week.",
            ),
            (U, "Right. What do I owe you?"),
            (C, "Nine-fifty, thanks."),
            (U, "Chur."),
        ],
    ),
    (
        "q02",
        "fish and chip shop",
        ["gossip"],
        "cashier complains to a stranger about the previous customer's unpaid tab and his family's spending",
        [
            (C, "Kia ora, what can I get you?"),
            (U, "Fish of the day and a scoop of chips, thanks."),
            (C, "No worries, be about ten minutes."),
            (
                C,
                "Honestly, that bloke who just walked out, Dean? Owes us over two hundred bucks on his tab. Every Friday it's feed for the whole family, put it on the tab, Lou. Never pays a cent.",
            ),
            (U, "Oh, yikes."),
            (
                C,
                "And his wife's cruising round town in a brand new Hilux, mind you. Money for that, eh. I'm gonna stick his name up on the wall if he doesn't cough up.",
            ),
            (U, "Fair enough, I suppose."),
            (C, "Anyway. Salt on your chips?"),
            (U, "Yes please."),
            (C, "Sweet, I'll give you a yell."),
        ],
    ),
    (
        "q03",
        "vet clinic reception",
        ["gossip"],
        "receptionist tells a client the vet was caught drink-driving and adds his wife's reaction",
        [
            (C, "Hi there, is this Bella for her booster?"),
            (U, "Yep, that's her."),
            (C, "Just so you know, you'll be seeing Dr Anand today rather than Dr Hollis."),
            (U, "Oh, is Dr Hollis away?"),
            (
                C,
                "Well, between you and me, he got done for drink-driving Saturday night. Blew way over at the checkpoint outside the pub. He's lost his licence and he's too embarrassed to show his face, so he's taking a few days.",
            ),
            (U, "Oh. Okay."),
            (
                C,
                "His wife's absolutely fuming apparently, she's got to drive him to every farm call now.",
            ),
            (U, "Right..."),
            (C, "Anyway, grab a seat, Dr Anand won't be long."),
        ],
    ),
    (
        "q04",
        "surf shop",
        ["gossip"],
        "cashier unloads her own flatmate drama: the flatmate has been stealing her gear and cash",
        [
            (C, "Hey, how's it going? Just the wax?"),
            (U, "Yeah, two bars of the cold water one, cheers."),
            (C, "Sweet. Sorry, I'm all over the place today."),
            (
                C,
                "My flatmate's been nicking stuff out of my room. Found my good wettie listed on Trade Me this morning, eh. And I reckon she's been taking cash out of my wallet for weeks.",
            ),
            (U, "Oh no, that's rough."),
            (
                C,
                "Yeah, and she's got the nerve to leave me notes about the dishes. I'm telling the landlord everything and changing the lock on my door.",
            ),
            (U, "Hope it gets sorted."),
            (C, "Cheers. That's twelve bucks for the wax."),
            (U, "Tap okay?"),
            (C, "Yep, tap away."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "hardware store",
        ["repeated_question"],
        "cashier asks which bait again after chatting about the fishing, though the customer said squid",
        [
            (C, "Gidday, find everything alright?"),
            (U, "Yeah, got the hooks and sinkers, just need some bait out of the freezer."),
            (C, "No worries, what are you after, pillies or squid?"),
            (U, "Squid, thanks. Two packets."),
            (C, "Going off the wharf?"),
            (U, "Nah, taking the tinny out past the point tomorrow morning."),
            (
                C,
                "Oh, nice. Heard the snapper are on out there, my cousin pulled a couple of good ones Sunday.",
            ),
            (U, "Hope so, eh. It's been a slow summer."),
            (C, "Too right. Okay, and which bait did you want me to grab from the freezer?"),
            (U, "Uh, the squid. Two packets, like I said."),
            (C, "Oh yep, sorry. Sweet as."),
        ],
    ),
    (
        "q06",
        "dairy",
        ["repeated_question"],
        "cashier asks single or double after the customer already answered two scoops with just a number",
        [
            (C, "Hiya, what flavour are we having?"),
            (U, "Hokey pokey, in a cone please."),
            (C, "How many scoops?"),
            (U, "Two."),
            (C, "Beautiful day for it."),
            (U, "Finally, eh. Been down the beach all arvo with the kids."),
            (C, "Water warm?"),
            (U, "Not bad actually. They were in their togs for hours."),
            (C, "Lovely. So are you wanting a single or a double on that one?"),
            (U, "Double. Two scoops."),
            (C, "Coming right up. That's six-fifty."),
        ],
    ),
    (
        "q07",
        "garden centre",
        ["repeated_question"],
        "after chat about the chooks the cashier asks again which size bag of feed the customer wanted",
        [
            (C, "Morning, is it just the feed today?"),
            (U, "Yep, layer pellets for the chooks."),
            (C, "What size bag, the ten kilo or the twenty?"),
            (U, "Twenty kilo, thanks, they go through it."),
            (C, "How many have you got now?"),
            (U, "Eight. Two of the new shavers started laying last week."),
            (C, "Oh, that's exciting. Nothing beats your own eggs."),
            (U, "True, I've been giving heaps away to the neighbours."),
            (C, "I'll get one of the boys to run it out to your car."),
            (C, "Sorry, was that the small bag or the big one you were after?"),
            (U, "The big one, the twenty."),
            (C, "Sweet. Forty-two dollars then."),
        ],
    ),
    (
        "q08",
        "vet clinic reception",
        ["repeated_question"],
        "receptionist asks when the owner will collect the dog, already answered Wednesday morning",
        [
            (
                C,
                "So Mako's booked in for his neuter on Tuesday. What day suits you to pick him up? He's usually ready the same afternoon, or we can keep him overnight.",
            ),
            (U, "Wednesday morning would be best, I'm in Hamilton all day Tuesday."),
            (C, "No problem. Make sure he has no food after eight the night before, water's fine."),
            (U, "Okay. Does he need the cone after?"),
            (C, "He will, yeah, for about ten days. We'll send one home with him."),
            (U, "He's going to hate that."),
            (C, "They all do, eh."),
            (C, "Right, and when were you wanting to come and collect him?"),
            (U, "Wednesday morning. I think I said that already."),
            (C, "Oh, so you did, sorry. Wednesday it is."),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "hardware store",
        ["rushed_upsell"],
        "warranty, trade card, raffle and newsletter pushed back to back on a water blaster sale",
        [
            (C, "Gidday, just the water blaster today?"),
            (U, "Yep, that's it."),
            (
                C,
                "Three forty-nine. Want the extended warranty on that? Three years' cover for thirty-nine bucks, covers the pump and all.",
                RR,
            ),
            (U, "Uh...", R),
            (
                C,
                "And have you got a Trade Rewards card? Takes two secs to sign up, you'd get points on this.",
                R,
            ),
            (
                C,
                "Oh, and we're selling raffle tickets for the fire brigade, two bucks a go, first prize is a Weber.",
                R,
            ),
            (U, "Um, no...", R),
            (C, "And I'll just grab your email for the newsletter, heaps of specials in there.", R),
            (U, "No thanks, just the blaster, eh."),
            (C, "Sweet as. Tap or insert?"),
            (U, "Tap."),
        ],
    ),
    (
        "q10",
        "vet clinic reception",
        ["rushed_upsell"],
        "shelter donation, pet club, newsletter and raffle fired off while the client tries to pay",
        [
            (C, "That's the vaccination and the worming tablets for Rosie, one twelve fifty."),
            (U, "Yep, on eftpos thanks."),
            (
                C,
                "Would you like to add a gold coin for the rescue shelter? It goes straight to the desexing fund.",
                RR,
            ),
            (U, "Oh, um...", R),
            (C, "And can I sign you up to our Paws Club? Every tenth consult is free.", R),
            (
                C,
                "Plus if you give me your email you'll get the monthly newsletter with reminders and specials.",
                R,
            ),
            (U, "I...", R),
            (
                C,
                "And the shelter's hamper raffle is five dollars a ticket, I've got a few left.",
                R,
            ),
            (U, "Honestly, just the bill is fine."),
            (C, "No problem at all. Pop your card in when you're ready."),
        ],
    ),
    (
        "q11",
        "garden centre",
        ["rushed_upsell"],
        "membership, newsletter and school raffle pushed in one breath over roses and potting mix",
        [
            (C, "Hi there, just the roses and the potting mix?"),
            (U, "Yep, that's everything."),
            (
                C,
                "Sixty-four ninety. Are you a Green Thumb member? Free to join, ten percent off your next visit.",
                RR,
            ),
            (U, "Not yet, but...", R),
            (
                C,
                "I'll pop your email down for our newsletter too, we do a planting guide every month.",
                R,
            ),
            (
                C,
                "And we've got raffle tickets for the school pool fundraiser, three for five bucks.",
                R,
            ),
            (U, "Ah, I'll leave it, thanks.", R),
            (C, "You sure? First prize is a two hundred dollar voucher, pretty good odds.", R),
            (U, "Yeah, I'm sure."),
            (C, "No worries. Cash or card?"),
            (U, "Card."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "surf shop",
        [],
        "not gossip: warm chat about the customer's own daughter starting surf lifesaving and his weekend surfing",
        [
            (C, "Hey! Find everything okay?"),
            (U, "Yeah, just these togs for my daughter and some jandals for me."),
            (C, "Cute togs. Is she getting in the water much this summer?"),
            (
                U,
                "She's starting junior surf lifesaving on Saturday, she's been counting down the days.",
            ),
            (C, "Oh, that's so cool. The nippers programme here is awesome, she'll have a blast."),
            (
                C,
                "Those ones are chlorine resistant too, so they'll hold up if she does pool training.",
            ),
            (U, "Good to know. Hopefully she sticks at it, she's only eight."),
            (C, "Eight's a great age for it. What about you, getting out much yourself?"),
            (
                U,
                "Not as much as I'd like. Bit of a longboard cruise on weekends when the kids let me.",
            ),
            (C, "Ha, that's the dream. Okay, that's eighty-nine for the lot."),
            (U, "Sweet, tap."),
            (C, "All good. Hope she has the best first day."),
        ],
    ),
    (
        "q13",
        "hardware store",
        [],
        "not gossip: a colleague is named for his decking know-how and praised, the manager for approving a discount",
        [
            (U, "Hi, I'm after decking screws and oil, for about twenty square metres."),
            (
                C,
                "Right, screws are just here. For the oil, Hemi's your man, he's out in the timber yard. He's done heaps of decks and he'll tell you how many tins you'll need.",
            ),
            (U, "Okay, I'll go find him."),
            (U, "Hemi reckons three tins of the natural oil.", {"pause": 240}),
            (C, "Yeah, trust him, he's always spot on with quantities."),
            (
                C,
                "And Sue, our manager, has okayed trade pricing on the oil since it's a big job, so that's ten percent off.",
            ),
            (U, "Oh, legend. Tell her thanks."),
            (
                C,
                "Will do. So three tins and two boxes of the stainless screws, three hundred and twelve all up.",
            ),
            (U, "Card, thanks."),
            (
                C,
                "Cheers. If the finish gives you any grief, come back and ask Hemi, he's here Monday to Friday.",
            ),
        ],
    ),
    (
        "q14",
        "dairy",
        [],
        "not gossip: the customer speculates about a neighbour and his wife while the cashier refuses to join in",
        [
            (U, "Morning. Just a loaf of the Vogel's and the Herald, thanks."),
            (C, "Sure thing."),
            (
                U,
                "Did you see the cops out at the Wilsons' place last night? I reckon he's been growing something in that shed.",
            ),
            (C, "Oh, I wouldn't have a clue, sorry."),
            (U, "Everyone's saying his wife's moved back to her mum's in Tauranga, too."),
            (C, "Ah, not really my business, eh. That's eight-forty."),
            (U, "Hmm. Well, I'll find out soon enough."),
            (C, "Need a bag for that?"),
            (U, "No, I'm right."),
            (C, "Have a good one."),
        ],
    ),
    (
        "q15",
        "fish and chip shop",
        [],
        "not a repeat: the cashier reads the whole order back once to confirm it after the customer changed the sauce",
        [
            (C, "Evening, what can I get you?"),
            (
                U,
                "Can I get two snapper, a scoop and a half of chips, four potato fritters and a battered sav?",
            ),
            (C, "Sure. Any sauce with that?"),
            (U, "Two tomato sauce. Actually, make it three, the kids fight over it."),
            (
                C,
                "Ha, fair. So that's two snapper, a scoop and a half, four potato fritters, one battered sav and three tomato sauce. That right?",
            ),
            (U, "Yep, that's the lot."),
            (C, "Forty-one eighty."),
            (U, "Eftpos, cheers."),
            (C, "About twelve minutes, I'll give you a yell when it's up."),
            (U, "Chur."),
        ],
    ),
    (
        "q16",
        "vet clinic reception",
        [],
        "not a repeat: one rephrase after the client says sorry?, then questions of the same shape about two different pets",
        [
            (C, "Morning! Who have we got today?"),
            (U, "Moss and Kiri, for their annual checks."),
            (C, "Lovely. Is Moss on any medication at the moment?"),
            (U, "Sorry?"),
            (C, "Any medication that Moss is taking at the moment?"),
            (U, "Oh, no, nothing."),
            (C, "And how old is Moss now?"),
            (U, "He's seven."),
            (C, "And Kiri, how old's she?"),
            (U, "Four in March."),
            (C, "Has Moss had his flea and worm treatment this month?"),
            (U, "Yep, done."),
            (C, "And has Kiri had hers?"),
            (U, "Nah, she's due. Can I grab some today?"),
        ],
    ),
    (
        "q17",
        "garden centre",
        [],
        "not rushed: one recommendation tailored to tomatoes in pots, with the box and receipt questions far apart",
        [
            (C, "Morning! Found what you needed?"),
            (U, "Think so. Just the tomato seedlings and a bag of compost."),
            (C, "Oh, nice. Are these going in the vege garden or in pots?"),
            (U, "Big pots on the deck, we're renting so there's no proper garden."),
            (
                C,
                "Pots are great for tomatoes. Being in containers, they'll use up the nutrients quick, so a bottle of the liquid tomato food every fortnight would really help them along.",
            ),
            (U, "Yeah, that makes sense. I'll grab one."),
            (C, "Good stuff, it's just there by the till."),
            (U, "Got it. Is it okay to plant them out already?"),
            (
                C,
                "This week's fine, just watch for a late frost and throw a sheet over them if it gets cold.",
            ),
            (C, "Do you want a box for the punnets?"),
            (U, "Yes please, they'll tip over in the car otherwise."),
            (C, "That's forty-three fifty all up."),
            (U, "Card, thanks."),
            (C, "Did you want the receipt?", {"pause": 4.0}),
        ],
    ),
    (
        "q18",
        "fish and chip shop",
        [],
        "not rushed: a family pack offered when ordering and a surf club raffle mentioned at pickup minutes later, relaxed chat between",
        [
            (C, "Kia ora, what are we having tonight?"),
            (U, "Four fish, two scoops of chips and a couple of crab sticks."),
            (
                C,
                "Sweet. Want to make it a family pack? You'd get a big bottle of Coke for four bucks more.",
            ),
            (U, "Nah, we're right, got drinks at home."),
            (C, "No worries. It's about fifteen minutes, grab a seat if you like."),
            (U, "Cheers. Busy night?"),
            (C, "Always is on a Friday, eh. Everyone's been out on the water."),
            (
                U,
                "Yeah, we got a few kahawai off the rocks this arvo, but the kids wanted proper fish and chips.",
            ),
            (C, "Ha, can't blame them."),
            (C, "Order for Jo? Four fish, two scoops, two crab sticks.", {"pause": 300}),
            (
                C,
                "Oh, and the surf club's got raffle tickets on the counter if you're keen, two bucks, win a meat pack.",
            ),
            (U, "Go on then, I'll grab one."),
            (C, "Good on ya. Enjoy your tea."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout147", HELDOUT147, 1471)
