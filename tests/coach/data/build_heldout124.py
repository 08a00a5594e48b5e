# ruff: noqa: E501
"""Build the coach's held-out set 124: written by writer-124 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Australian speech):
counter staff in Australian suburbs and beach towns: a bottle shop, a surf shop, a
newsagent, a fish and chip shop, a big hardware store's trade desk and a chemist,
three conversations each.

Mix: 4 gossip (a regular's drink-driving charge, the owner's gambling, a co-worker's
unannounced pregnancy, the cashier's housemate stealing from her), 4
repeated_question (board length, chips or scallops, cold or room temperature, a paint
base the customer gave before being asked), 3 rushed_upsell (members' card, bundle
deal, extended warranty, scratchie and donation round-up back to back), 7 hard "not"
cases (warm chat about the customer's own night plus an order read back to confirm; a
colleague and the manager named for work and praised; the customer gossips while the
cashier deflects; a "sorry?" re-ask and different questions of the same shape; one
tailored recommendation with bag and receipt questions spread out; two offers far
apart in a relaxed visit; a customer repeating their own question).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT124 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "bottle shop",
        ["gossip"],
        "cashier tells the customer a named regular was charged with drink-driving and his wife is spreading it",
        [
            (C, "G'day mate, how's your arvo going?"),
            (U, "Not bad. Just a slab of Great Northern, thanks."),
            (C, "No worries, I'll grab one from the cool room."),
            (C, "Hey, you know Trev? Bloke with the white Hilux, in here every Friday?"),
            (U, "Sort of, yeah."),
            (
                C,
                "He got done for drink-driving Saturday night. Blew point one-four right outside the RSL.",
            ),
            (
                C,
                "Lost his licence on the spot. His missus has to drive him to work now and she's filthy, told the whole netball club about it.",
            ),
            (U, "Oh. Right."),
            (C, "Don't say I told you, eh. That's fifty-four ninety-nine."),
            (U, "Tap's fine."),
            (C, "Beauty. Have a good one."),
        ],
    ),
    (
        "q02",
        "newsagent",
        ["gossip"],
        "cashier tells a customer the owner is gambling away the takings and has remortgaged the house",
        [
            (U, "Morning. Just the paper and a Saturday Lotto ticket, thanks."),
            (C, "Morning! The usual twelve games?"),
            (U, "Yeah, that'll do me."),
            (
                C,
                "Between you and me, don't ask Gary for lucky numbers. He's blowing half the shop's takings on the pokies at the Tavern.",
            ),
            (
                C,
                "He's up there every arvo as soon as he locks up. His wife's been doing the books and found out he took out a second mortgage behind her back.",
            ),
            (U, "Geez. Didn't really need to know that."),
            (
                C,
                "Yeah, well, we all reckon he'll have to sell up by Christmas. Fourteen sixty all up.",
            ),
            (U, "Here you go."),
            (C, "Ta. Good luck tonight."),
        ],
    ),
    (
        "q03",
        "chemist",
        ["gossip"],
        "cashier reveals a co-worker's pregnancy she has not announced and speculates about the father",
        [
            (U, "Hi, just picking up a script for Nguyen."),
            (C, "Sure, what's the date of birth?"),
            (U, "Fourth of March, eighty-seven."),
            (C, "Lovely, here it is. Twenty-one forty."),
            (
                C,
                "Oh, and you won't see Bec in the dispensary much longer. Keep it under your hat, but she's pregnant.",
            ),
            (U, "Oh, okay."),
            (
                C,
                "She hasn't even told the boss, she's only nine weeks. I caught her chucking up in the staff loo and she cracked. Reckon it's the new boyfriend's, not her ex's, but who knows.",
            ),
            (U, "Um. Can I just pay on card?"),
            (C, "Yep, go for it whenever you're ready."),
        ],
    ),
    (
        "q04",
        "fish and chip shop",
        ["gossip"],
        "cashier unloads her own drama about her housemate stealing from her and accuses her of buying drugs",
        [
            (C, "Hiya, what can I get you?"),
            (U, "Two flake and a minimum chips, please."),
            (C, "No worries, be about ten minutes."),
            (U, "All good."),
            (
                C,
                "Sorry, I'm all over the place today. My housemate's been nicking cash out of my room.",
            ),
            (
                C,
                "Fifty bucks went missing Tuesday, now my good sunnies are gone too. Found the case in her bin. She reckons the cat did it.",
            ),
            (U, "Oh, that's awful."),
            (
                C,
                "And she's three weeks behind on rent, so I know where my money's going. Straight to her dealer, I reckon. Anyway, nineteen fifty.",
            ),
            (U, "Card, thanks."),
            (C, "Done. I'll sing out when it's up."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "surf shop",
        ["repeated_question"],
        "cashier asks again what size board after the customer already said seven foot, following talk about the swell",
        [
            (U, "G'day. I'm after a board for my son, he's just getting into it."),
            (C, "Good on him. How tall is he, and what length were you thinking?"),
            (U, "He's about five-ten. We reckon a seven-foot mini mal, something forgiving."),
            (C, "Yep, smart choice. Where's he been paddling out?"),
            (U, "Mostly Cabarita, the beach break up near the headland."),
            (C, "Oh, it's been pumping there lately. Decent swell Thursday, heaps of people out."),
            (U, "Yeah, he was out in it. Got absolutely smashed."),
            (C, "Ha, that's how you learn. So how long a board are we looking at for him?"),
            (U, "Uh, seven foot, like I said."),
            (C, "Right, right. We've got a foamie and an epoxy in that size, come have a look."),
        ],
    ),
    (
        "q06",
        "fish and chip shop",
        ["repeated_question"],
        "cashier asks chips or scallops again after the customer already chose scallops, following holiday chat",
        [
            (C, "What can I get for you, love?"),
            (U, "A piece of grilled barra, thanks."),
            (C, "Grilled barra. Do you want chips with that or potato scallops?"),
            (U, "Scallops, please. Two of them."),
            (C, "Easy. You're not from round here, are you?"),
            (
                U,
                "Nah, we're down from Brissie for the school holidays. Staying at the caravan park.",
            ),
            (
                C,
                "Oh nice, weather's been kind to you. Watch the pelicans on the jetty, they'll take the lot.",
            ),
            (U, "Ha, already lost a chip to a seagull this morning."),
            (C, "Classic. Now, with the barra, was it chips you were after or scallops?"),
            (U, "Scallops. Two."),
            (C, "Too easy, sixteen eighty."),
        ],
    ),
    (
        "q07",
        "bottle shop",
        ["repeated_question"],
        "cashier re-asks whether the beer should be cold after the customer said from the fridge",
        [
            (U, "Can I get a six-pack of Coopers Pale?"),
            (C, "Sure. Out of the fridge or off the shelf?"),
            (U, "Out of the fridge, going straight down the beach."),
            (C, "Good arvo for it. Which beach?"),
            (U, "Probably Main Beach. A mate's got a barbie going in the park."),
            (C, "Sounds unreal. Parking's a nightmare down there on weekends, mind you."),
            (U, "Yeah, we're getting a lift."),
            (C, "Smart. And did you want those chilled or room temp?"),
            (U, "Cold. From the fridge."),
            (C, "Coming right up. Twenty-four fifty."),
        ],
    ),
    (
        "q08",
        "hardware trade desk",
        ["repeated_question"],
        "customer named the deep base before being asked; cashier later asks which base anyway",
        [
            (
                U,
                "Morning. Need four litres of Wash and Wear in deep base, tinted to this chip. Feature wall.",
            ),
            (C, "Morning. Let's have a squiz at the chip."),
            (C, "Ah, Domino. Nice and moody. What room's it going in?"),
            (U, "Lounge. The wife picked it, I'm just the labour."),
            (C, "Ha, always the way. Low sheen or matt?"),
            (U, "Low sheen."),
            (C, "Righto. And which base do you want it tinted in?"),
            (U, "Deep base, mate. Said that when I walked up."),
            (C, "So you did. Give me ten minutes on the tinter."),
        ],
    ),
    # ------------------------------------------------------- rushed_upsell
    (
        "q09",
        "hardware trade desk",
        ["rushed_upsell"],
        "trade rewards card, extended warranty, battery bundle and a round-up fired back to back",
        [
            (U, "G'day, just the Makita combo kit and a box of ten-gauge screws."),
            (C, "Easy, scanning them now."),
            (
                C,
                "You on our trade rewards card? Takes two secs to sign up, points on every dollar.",
                RR,
            ),
            (U, "Uh, no.", R),
            (C, "Want the three-year extended warranty on the kit? Only forty-nine.", R),
            (U, "I don't really-", R),
            (C, "And there's a bundle on, spare battery at half price with that kit.", R),
            (C, "Plus round up for the Men's Shed appeal? Just to the nearest dollar.", R),
            (U, "Mate, just the drill and the screws, please."),
            (C, "No worries. Four hundred and twelve thirty-five."),
        ],
    ),
    (
        "q10",
        "newsagent",
        ["rushed_upsell"],
        "scratchie, magazine bundle, loyalty sign-up and a charity round-up pushed in one breath",
        [
            (U, "Just the Women's Weekly, thanks."),
            (C, "Lovely. Want to add a scratchie today? Big one's up to fifty grand.", RR),
            (U, "Nah.", R),
            (C, "We've got a deal, two mags and a Cherry Ripe for twelve bucks.", R),
            (C, "Are you on our rewards card? I can sign you up now with your mobile.", R),
            (U, "Oh, I-", R),
            (C, "And would you like to round up to the dollar for the Children's Hospital?", R),
            (U, "Just the magazine, please."),
            (C, "Sure, eight ninety-nine."),
        ],
    ),
    (
        "q11",
        "surf shop",
        ["rushed_upsell"],
        "extended warranty, bootie bundle, members' club and a round-up for surf lifesaving with no room to answer",
        [
            (C, "How'd the wettie fit?"),
            (U, "Yeah, good. I'll take the three-two."),
            (C, "Sweet. Want the extended warranty on that? Covers the seams two years.", RR),
            (U, "Uh, nah.", R),
            (C, "Bundle deal too, add booties and a rashie and save forty.", R),
            (C, "You a Crew member? Sign up now and it's ten percent off today.", R),
            (U, "Not really...", R),
            (C, "And we're rounding up for Surf Life Saving, want to chuck the change in?", R),
            (U, "Just the wetsuit, thanks."),
            (C, "Easy, three forty-nine."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "fish and chip shop",
        [],
        "warm chat about the customer's daughter's grand final and a big order read back once to confirm it",
        [
            (
                U,
                "Hi, big order sorry. Four flake, two family chips, six potato scallops and four Chiko rolls.",
            ),
            (C, "Big night! Celebrating something?"),
            (U, "Yeah, my daughter's under-twelves won the netball grand final this arvo."),
            (C, "Oh, congrats! She must be stoked."),
            (U, "Over the moon. Shot the winning goal right on the buzzer."),
            (
                C,
                "What a legend. Right, let me read that back: four flake, two family chips, six scallops and four Chiko rolls?",
            ),
            (U, "Spot on."),
            (C, "Beauty. Chicken salt or plain on the chips?"),
            (U, "Chicken salt, please."),
            (C, "Good call. Sixty-two forty, about fifteen minutes. Tell her well done from us."),
        ],
    ),
    (
        "q13",
        "hardware trade desk",
        [],
        "a yard worker and the trade manager named for work reasons and praised, nothing private",
        [
            (U, "Morning. Account for Hadley Builders, got an order for pick-up."),
            (
                C,
                "Morning. Yep, got it here. Twelve lengths of ninety by forty-five pine and the joist hangers.",
            ),
            (
                C,
                "Dazza's pulling the timber out of the yard now. He's a gun on the forklift, won't be long.",
            ),
            (
                U,
                "Good stuff. Can I get trade pricing on the hangers? They rang up full price last time.",
            ),
            (
                C,
                "Let me check. I'll need Michelle, the trade manager, to sign off on the override.",
            ),
            (C, "She sorted the pricing glitch last month, she'll know straight away."),
            (U, "No worries."),
            (C, "Right, she's approved it, forty percent off. All on the account?"),
            (U, "Yep, on account."),
            (C, "Done. Drive round to gate three and Dazza will load you up."),
        ],
    ),
    (
        "q14",
        "bottle shop",
        [],
        "the customer gossips about the servo owners; the cashier deflects and gets on with the sale",
        [
            (U, "Bottle of the Jacob's Creek shiraz, thanks."),
            (C, "Sure thing."),
            (
                U,
                "Here, did you hear about the couple that run the servo on the highway? Reckon he's been carrying on with the girl from the bakery.",
            ),
            (C, "Ah, wouldn't know, mate. Not my business."),
            (
                U,
                "Whole town's talking about it. His wife chucked all his clothes out on the forecourt.",
            ),
            (C, "Fair enough. Did you want a bag for the bottle?"),
            (U, "Nah, I'm right."),
            (C, "Fourteen ninety-nine, then."),
            (U, "Cheers."),
            (C, "Enjoy the red."),
        ],
    ),
    (
        "q15",
        "newsagent",
        [],
        "one 'sorry?' re-ask over noise, and two different 'today's or another day's' questions about different items",
        [
            (U, "G'day, can I get a Powerball ticket, quick pick?"),
            (C, "Sure. How many games?"),
            (U, "Eighteen."),
            (C, "Sorry? Didn't catch that, the coffee grinder next door's going flat out."),
            (U, "Eighteen games."),
            (C, "Eighteen, easy. Draw's Thursday, that right for you?"),
            (U, "Yep, this week's."),
            (U, "And the Bulletin as well."),
            (C, "Today's or yesterday's? We've still got Friday's with the TV guide in it."),
            (U, "Today's is fine."),
            (C, "Too easy. Twenty-four ninety all up."),
        ],
    ),
    (
        "q16",
        "chemist",
        [],
        "one sunscreen recommendation tailored to the child's eczema, bag and receipt asked far apart in a relaxed visit",
        [
            (U, "Hi, just these, and some sunscreen for my little one. She's got eczema."),
            (C, "Oh, poor thing. How old is she?"),
            (U, "Two and a half. Everything makes her flare up."),
            (
                C,
                "For skin like that I'd go the zinc one, the fragrance-free tube here. Heaps of parents with eczema kids swear by it.",
            ),
            (U, "Oh great, I'll grab that."),
            (C, "Off to the beach this arvo?", {"pause": 4}),
            (U, "Yeah, first swim of the season. She's been asking all week."),
            (C, "Ah, lovely. Would you like a bag?"),
            (U, "No thanks, it'll fit under the pram."),
            (C, "Too easy. Thirty-two fifty."),
            (U, "Card, thanks.", {"pause": 3}),
            (C, "Want the receipt?", {"pause": 5}),
            (U, "Nah, all good."),
            (C, "Have a good swim."),
        ],
    ),
    (
        "q17",
        "surf shop",
        [],
        "relaxed visit with a wax comb offered at the start and the free club mentioned only at the end, minutes apart",
        [
            (U, "Morning. Just a block of cold-water wax, please."),
            (C, "Here you go. Want a wax comb with it? They're three bucks."),
            (U, "Nah, got one in the car."),
            (C, "Been out this morning?"),
            (U, "Yeah, dawny at the point. Bit small but glassy."),
            (C, "Sounds mint. I was meant to go but slept through my alarm."),
            (U, "Ha, you missed a good one. I'll just have a look at the leg ropes."),
            (U, "Actually, I'm all good for now. What do I owe you?", {"pause": 70}),
            (C, "Four fifty."),
            (
                C,
                "Oh, and if you're keen, our club's free to join. Ten percent off your next board.",
                {"pause": 3},
            ),
            (U, "I'll think about it. Cheers."),
            (C, "No worries, enjoy the arvo session."),
        ],
    ),
    (
        "q18",
        "chemist",
        [],
        "the customer asks twice whether the generic is the same; the cashier answers and asks nothing twice",
        [
            (U, "Hi, can I get this script filled? And can I have the generic?"),
            (
                C,
                "Yep, the generic's fine for this one, same active ingredient. Saves you about twelve bucks.",
            ),
            (U, "Great."),
            (C, "Have you been here before? I'll just need your Medicare card."),
            (U, "First time. Here you go."),
            (C, "Thanks. Be about fifteen minutes, have a browse if you like."),
            (U, "Sorry, just checking, the generic's definitely the same thing?", {"pause": 20}),
            (C, "Definitely. Same medicine, just a different name on the box."),
            (U, "Okay, cool. My mum always reckons the brand one works better."),
            (C, "Ha, heaps of people think that. Script for Hollis?", {"pause": 40}),
            (U, "That's me."),
            (C, "Eleven twenty. One tablet twice a day with food."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout124", HELDOUT124, 1241)
