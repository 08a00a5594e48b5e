# ruff: noqa: E501
"""Build the coach's held-out set 108: written by writer-108 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors: young staff behind the counters of hobby shops (a music shop
selling strings and pedals, a board-game and comics shop, a bike workshop counter,
a model railway shop, a vinyl record shop and a craft/yarn shop), written with
normal case and punctuation in casual young British speech ("mate", "literally",
"to be fair"), with a few American customers.

Mix: 4 gossip (a colleague's dating life seen on social media, a previous
customer's break-up overheard on the phone, the owner's money trouble, the cashier's
own housemate drama), 4 repeated_question (string gauge, gift or not, name for the
order asked three times, collection day), 3 rushed_upsell (stamp card, newsletter,
warranty, event ticket, donation fired at a paying customer; one burst only at the
very end of a normal sale) and 7 hard "not" cases: warm chat about the customer's
own life with a colleague's class recommended; a colleague and the manager named
for work and praised; the customer gossips while the cashier deflects; an order
read back plus a "sorry?" re-ask; different questions of the same shape and a
customer repeating their own question; one tailored recommendation with the bag and
receipt questions; two offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT108 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "music shop",
        ["gossip"],
        "cashier tells a customer about a colleague's new boyfriend from her Instagram stories and the staff group chat",
        [
            (C, "Hiya, you alright? Just the strings today?"),
            (U, "Yeah, and a pack of picks. The medium ones."),
            (C, "Nice one. Did Jodie serve you last time? She's off today."),
            (U, "Might've been. Blonde girl?"),
            (
                C,
                "That's her. Honestly, mate, you should see her Instagram at the moment. She's been posting stories with this bloke from the drum shop every single night.",
            ),
            (
                C,
                "And he's literally still got his ex as his profile pic, so we're all just sat in the group chat waiting for it to kick off.",
            ),
            (U, "Ha, right, okay."),
            (
                C,
                "She reckons it's serious, but she said that about the last three. Anyway, that's fourteen ninety-nine.",
            ),
            (U, "Card's fine."),
            (C, "Lovely, tap whenever you're ready."),
        ],
    ),
    (
        "q02",
        "vinyl record shop",
        ["gossip"],
        "cashier recounts a previous customer's phone break-up, overheard in the shop, and mocks him",
        [
            (C, "Oh, nice pick. That's the 2019 repress, that."),
            (U, "Yeah, I've been after it for ages."),
            (
                C,
                "You just missed a proper scene, to be fair. The bloke before you was on the phone to his girlfriend the whole time he was flicking through the jazz.",
            ),
            (
                C,
                "Well, ex-girlfriend by the end of it. She'd found messages from some lad off his five-a-side team, and he was stood by the listening booth going 'it meant nothing' in front of everyone.",
            ),
            (U, "No way."),
            (
                C,
                "Swear down. Then he tried to buy her a Sade record to say sorry and his card got declined. I was dying behind the counter.",
            ),
            (U, "Oof. Poor guy."),
            (C, "Poor guy nothing, he was well in the wrong. Anyway, twenty-four quid, please."),
            (U, "Here you go."),
            (C, "Cheers. Want a plastic sleeve for it?"),
            (U, "Go on then."),
        ],
    ),
    (
        "q03",
        "bike workshop counter",
        ["gossip"],
        "mechanic at the counter tells a customer the owner can't pay the rent and has lost his flat",
        [
            (U, "Hi, I'm picking up a Trek. Name's Hollis."),
            (C, "Yep, got it here. New chain and the gears indexed. Forty-five all in."),
            (U, "Great, thanks."),
            (
                C,
                "Between you and me, get your services in while you can. Mark, the owner, is in a right state at the moment.",
            ),
            (
                C,
                "The landlord's been round twice about the rent, and he had to borrow off his dad to pay us last month. He's been sleeping on the sofa upstairs because he had to give his flat up.",
            ),
            (U, "Oh. That's... not great."),
            (
                C,
                "Literally none of us know if we'll still have jobs by Christmas. Don't say I told you, though.",
            ),
            (U, "I won't. Is card okay?"),
            (C, "Yeah, go for it."),
        ],
    ),
    (
        "q04",
        "craft and yarn shop",
        ["gossip"],
        "cashier overshares her own housemate row, the boyfriend punching a door, and crying on the bus",
        [
            (U, "Could I get these three skeins of the teal, please?"),
            (C, "Course. Ooh, that's a gorgeous colour. What are you making?"),
            (U, "A hat for my sister."),
            (
                C,
                "Lovely. Sorry if I'm a bit all over the place today, I've had literally no sleep.",
            ),
            (
                C,
                "My housemate's boyfriend has basically moved in without paying a penny, and last night they had a screaming row at two in the morning and he put his fist through the bathroom door.",
            ),
            (U, "Oh gosh."),
            (
                C,
                "And now she's saying it's my fault for being cold to him. I'm this close to moving back in with my mum, honestly. I cried on the bus this morning.",
            ),
            (U, "That sounds really hard. Um, how much is that?"),
            (C, "Sorry, yeah. Twenty-one sixty."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "music shop",
        ["repeated_question"],
        "customer said 'tens' for the string gauge; a few turns later the cashier asks 'nines or elevens' again",
        [
            (C, "Hey, what can I get you?"),
            (U, "Set of electric strings, please. For a Strat."),
            (C, "Sure. What gauge do you usually go for?"),
            (U, "Tens. Nines feel a bit floppy to me."),
            (
                C,
                "Fair enough. Are the standard Ernie Balls alright, or do you want coated? Coated last longer but they're double the price.",
            ),
            (U, "Just the normal ones, I change them loads anyway."),
            (C, "Cool, makes sense."),
            (U, "That's everything, I think."),
            (
                C,
                "Right, I'll grab them from the back. What thickness were you wanting, the nines or the elevens?",
            ),
            (U, "Tens, mate."),
            (C, "Oh yeah, tens. Nine ninety-nine then."),
        ],
    ),
    (
        "q06",
        "board-game and comics shop",
        ["repeated_question"],
        "American customer says up front the game is a present; at payment the cashier asks who it's for again",
        [
            (C, "Hi there, just this one?"),
            (U, "Yeah, Wingspan. It's a present for my brother-in-law, actually."),
            (C, "Oh, nice, he'll love it. Has he played many engine builders before?"),
            (U, "He's mostly into Catan and stuff, so it's kind of a step up."),
            (C, "It's pretty gentle, to be fair, the rulebook's really well written."),
            (U, "Good to know, thanks."),
            (C, "No worries. That's fifty-two fifty."),
            (U, "Card, please."),
            (C, "Go for it. Is it for yourself, or are you giving it to someone?"),
            (U, "Uh, it's for my brother-in-law. Like I said."),
            (C, "Ah, yeah, course. Want it gift wrapped? It's free."),
            (U, "Sure, that'd be great."),
        ],
    ),
    (
        "q07",
        "model railway shop",
        ["repeated_question"],
        "customer gives his name for a special order; the cashier asks for the name again twice more",
        [
            (U, "Hello, I rang on Monday about ordering the Class 37 in BR blue."),
            (C, "Oh yeah, we can get that in for you. Who am I putting it under?"),
            (U, "Pemberton. Alan Pemberton."),
            (C, "Lovely. It should be about ten days from the supplier."),
            (U, "That's fine, I'm in no rush."),
            (C, "Do you want us to ring you when it lands, or will you just pop in?"),
            (U, "Ring me, please. Same number as before, it'll be on your system."),
            (C, "Perfect. And what name shall I write on the order slip?"),
            (U, "Pemberton."),
            (C, "Brilliant. Deposit's twenty quid, then the rest when you collect."),
            (U, "Card okay?"),
            (C, "Yep, pop it in. Last thing, who's the order for?"),
            (U, "Me. Pemberton. Alan."),
            (C, "Course it is, sorry, long day. All done, we'll give you a ring."),
        ],
    ),
    (
        "q08",
        "bike workshop counter",
        ["repeated_question"],
        "cashier and customer agree on Saturday for collection; after taking details the cashier asks when she wants to pick it up",
        [
            (U, "Hiya, my back brake's gone all spongy. Could you have a look?"),
            (C, "Yeah, sounds like it needs a bleed. Hydraulic, yeah?"),
            (U, "Yeah, Shimano ones."),
            (
                C,
                "We're pretty booked up, so I'd say leave it with us and grab it Saturday morning. That alright?",
            ),
            (U, "Saturday's perfect, I'm off work."),
            (C, "Sweet. It'll be twenty-five for the bleed, plus pads if they're worn."),
            (U, "Go ahead with the pads if it needs them."),
            (C, "Will do. Let me pop a tag on it. Name and number?"),
            (U, "Kezia, oh seven seven oh oh, nine double one four two three."),
            (C, "Cheers. And what day are you wanting to come and get it?"),
            (U, "Saturday? You just said Saturday."),
            (C, "Oh, yeah, Saturday. My bad."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "board-game and comics shop",
        ["rushed_upsell"],
        "while the customer taps to pay: stamp card, newsletter email, tournament ticket and charity tub in one burst",
        [
            (C, "Hey, just the Pandemic?"),
            (U, "Yep, that's it."),
            (C, "Cool, forty-two pounds."),
            (U, "Tapping now."),
            (C, "Do you want a stamp card? Ten stamps and you get a free game.", RR),
            (U, "Um.", R),
            (C, "And can I grab your email for the newsletter? It's got all the new releases.", R),
            (
                C,
                "Oh, and we've got tickets left for the Friday Warhammer tournament, it's a fiver, want one?",
                R,
            ),
            (C, "And there's the tub for the children's hospital if you've got any change.", R),
            (U, "Just the game, honestly.", R),
            (C, "No worries! Receipt's in the bag."),
        ],
    ),
    (
        "q10",
        "bike workshop counter",
        ["rushed_upsell"],
        "American customer buying a helmet gets crash cover, newsletter, round-up donation and app pushed back to back",
        [
            (U, "Hey, I'd like to grab this helmet, please. The medium."),
            (C, "Sure thing. Forty-nine ninety-nine."),
            (U, "Here's my card."),
            (
                C,
                "Do you want to add our two-year crash replacement cover? It's only eight quid.",
                RR,
            ),
            (U, "Oh, uh...", R),
            (
                C,
                "And if you sign up to the newsletter you get ten percent off your next service, I just need your email.",
                R,
            ),
            (C, "We're doing a round-up for the air ambulance as well, shall I make it fifty?", R),
            (U, "Um, no, I'm good, thanks.", R),
            (C, "And the loyalty app gives you points on everything, want me to set you up?", R),
            (U, "Honestly, just the helmet.", R),
            (C, "Cool, there you go."),
        ],
    ),
    (
        "q11",
        "vinyl record shop",
        ["rushed_upsell"],
        "relaxed sale, then after paying: stamp card, mailing list, gig ticket and food-bank box fired at once",
        [
            (C, "Afternoon. Find anything good?"),
            (U, "Yeah, this Khruangbin one and the Nina Simone."),
            (
                C,
                "Solid choices. The Khruangbin's the new pressing, it sounds loads better than the first one.",
            ),
            (U, "That's what I heard. I've only got it on CD."),
            (C, "You'll notice the difference. Thirty-eight fifty altogether."),
            (U, "Can I pay on card?"),
            (C, "Yeah, course. Stick it in whenever."),
            (U, "Done."),
            (C, "Want a stamp card? Every tenth record's half price.", RR),
            (C, "And shall I put you on the mailing list for Record Store Day?", R),
            (U, "Uh...", R),
            (
                C,
                "We've also got tickets for the in-store gig on Saturday, a tenner, and there's a box for the food bank by the till if you want to chuck anything in.",
                R,
            ),
            (U, "I'm alright, thanks.", R),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "craft and yarn shop",
        [],
        "warm chat about the customer's first grandchild and her blanket; a colleague named only as the teacher of a class",
        [
            (C, "Hello again! How's the blanket coming on?"),
            (U, "Nearly there. I just need two more balls of the cream for the border."),
            (C, "Oh, amazing. When's the baby due now?"),
            (U, "Three weeks! My daughter's absolutely huge, bless her."),
            (C, "Aw, that's so exciting. First grandchild, isn't it?"),
            (U, "It is. I'm trying not to cry every time I think about it."),
            (
                C,
                "You're allowed! Here, these are the same dye lot as last time, I checked, so the colour will match.",
            ),
            (U, "Oh, you're a star."),
            (
                C,
                "If you want a hand with the border, Priya runs a finishing class on Thursdays. She's brilliant at edging, she sorted my cardigan out in about five minutes.",
            ),
            (U, "I might do that, actually."),
            (C, "That's eleven eighty. Do you need a bag?"),
            (U, "No, I've got my tote, thanks."),
        ],
    ),
    (
        "q13",
        "music shop",
        [],
        "colleague named for the set-up work he did and praised; the manager named for approving a discount",
        [
            (U, "Hi, I dropped my acoustic off last week for a set-up. It should be under Ferris."),
            (
                C,
                "Ferris... yep, here it is. Dan did this one. He's redone the saddle and lowered the action a bit, and he's left you a note.",
            ),
            (U, "Oh, great. Is he in? I wanted to ask him about the buzzing."),
            (
                C,
                "He's on his lunch, but he's written that the buzz was the truss rod, so he's adjusted that.",
            ),
            (C, "He's honestly the best tech we've had, he's so fussy about getting it right."),
            (U, "Ha, good."),
            (C, "Give it a strum if you want, make sure it feels how you like it."),
            (U, "Oh wow, that's so much nicer to play."),
            (
                C,
                "Yeah? Nice. It's normally fifty-five, but Sam, the manager, said to knock a tenner off because it took longer than we quoted.",
            ),
            (U, "That's really kind, thank you."),
            (C, "No worries, that's forty-five then."),
        ],
    ),
    (
        "q14",
        "board-game and comics shop",
        [],
        "customer gossips about a regular's marriage; the cashier refuses to engage and steers back to the sale",
        [
            (U, "Did you hear about Gaz from the Thursday Magic night?"),
            (C, "Don't think so. Is that the new Saga volume you've got there?"),
            (
                U,
                "Yeah. Apparently his wife found out how much he's spent on cards and kicked him out. He's kipping at his brother's.",
            ),
            (
                C,
                "Ah, I'd rather not get into people's business, to be honest. Volume eleven, yeah? Want me to check we've got ten in as well?",
            ),
            (U, "Nah, I've got ten. But seriously, like thousands of pounds."),
            (C, "Fair. So that's fourteen ninety-nine. Card or cash?"),
            (U, "Card. He owes me a tenner as well, mind."),
            (C, "Not my circus, mate. There's your receipt."),
            (C, "Enjoy it, the ending of this one's mad."),
        ],
    ),
    (
        "q15",
        "model railway shop",
        [],
        "American customer's order read back once to confirm it, and the name asked again only after 'sorry?' over the running layout",
        [
            (U, "Hi, I'd like to order a few things for my layout. Do you guys carry Peco?"),
            (C, "Yeah, we can get pretty much all of the Peco range. What are you after?"),
            (
                U,
                "Two of the medium radius points, left hand, N gauge, and a pack of the insulated rail joiners.",
            ),
            (C, "Okay. And anything for the scenery?"),
            (U, "A bag of the autumn static grass, if you can get it."),
            (C, "Should do. What name's it going under?"),
            (U, "Whitaker."),
            (C, "Sorry? It's a bit loud with the demo layout running."),
            (U, "Whitaker. W, H, I, T, A, K, E, R."),
            (
                C,
                "Got it. So just to read it back: two N gauge medium left-hand points, one pack of insulated joiners and the autumn static grass, under Whitaker.",
            ),
            (U, "That's it."),
            (C, "Lovely, it should all be in by next Wednesday."),
        ],
    ),
    (
        "q16",
        "bike workshop counter",
        [],
        "several different 'which size/what kind' questions about an inner tube, and the customer repeating his own question",
        [
            (U, "Hey, do you have inner tubes for this?"),
            (C, "Should do. What size wheel is it?"),
            (U, "Twenty-eight, I think? It's a road bike."),
            (
                C,
                "Right, seven hundred C then. And what width are the tyres, roughly? It'll be printed on the side.",
            ),
            (U, "Says twenty-five."),
            (C, "Perfect. What kind of valve, the skinny Presta ones or the car-type ones?"),
            (U, "The skinny ones."),
            (C, "Cool. Are your rims deep at all? Deep ones need the longer valve stems."),
            (U, "Nah, they're pretty normal."),
            (C, "Forty-eight mil'll do you then."),
            (U, "Do you think I should get two? Actually, yeah, should I get two, just in case?"),
            (C, "I would, to be fair, they're only six quid each. Twelve for both."),
        ],
    ),
    (
        "q17",
        "model railway shop",
        [],
        "one decoder recommended for the customer's own DCC layout, plus the ordinary bag and receipt questions",
        [
            (
                C,
                "Morning. Oh, the little Jinty, nice. Is that for the new layout you were telling us about?",
            ),
            (U, "Yeah, the branch line. Finally got the baseboards done."),
            (C, "Oh, amazing. Are you running DCC or sticking with DC?"),
            (U, "DCC. That's the thing, I've never fitted a chip myself."),
            (
                C,
                "This one's got a six-pin socket, so it's literally plug and play. A six-pin decoder would drop straight in, no soldering. They're on the wall behind you.",
            ),
            (U, "Oh, perfect, I'll grab one."),
            (C, "Nice. That's eighty-four fifty all together. Do you want a bag for it?"),
            (U, "Please, yeah, it's drizzling out."),
            (C, "And do you want the receipt in the bag or on you?"),
            (U, "In the bag's fine."),
            (C, "There you go. Send us a photo when it's running!"),
        ],
    ),
    (
        "q18",
        "craft and yarn shop",
        [],
        "relaxed chat with an American tourist; a free swap meet mentioned early and the mailing list offered only at the end",
        [
            (C, "Hi, give me a shout if you need a hand with anything."),
            (U, "Thanks! I'm visiting from Portland, I always look for yarn stores when I travel."),
            (C, "Oh, that's so cool. Anything in particular you're after?"),
            (U, "Something local, ideally. Like a souvenir skein."),
            (
                C,
                "We've got some lovely stuff from a farm just outside town, a Shetland cross. It's all undyed, just the natural sheep colours.",
            ),
            (U, "Oh wow, this is gorgeous. I'll take two of the grey.", {"pause": 6.0}),
            (C, "Good choice. What are you thinking of making with it?"),
            (U, "Probably a cowl. Something I can wear and remember the trip by."),
            (
                C,
                "That'd be lovely. We actually do a little yarn swap on Sunday afternoons if you're still around. It's free, you just bring a skein.",
            ),
            (U, "Oh, we fly home Saturday, sadly."),
            (C, "Ah, shame. How long have you been over?"),
            (U, "Ten days. We did Edinburgh and the Lakes first.", {"pause": 2.0}),
            (
                C,
                "Oh, proper tour then. That's twenty-six pounds. And if you like, I can pop you on our mailing list, we post overseas too.",
            ),
            (U, "Sure, why not."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout108", HELDOUT108, 1081)
