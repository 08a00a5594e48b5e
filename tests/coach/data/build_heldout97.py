# ruff: noqa: E501
"""Build the coach's held-out set 97: written BLIND by writer-97, before reading the engine, its lexicons, its docs or the other held-out sets (only the README's nudge definitions, build_dev.py's note style, build_heldout678.py's helpers and build_heldout31.py's skeleton were read); not scored by its writer.

Imagined authors and settings (text typed as a person would type it: normal case,
punctuation, digits and dollar amounts): counter staff in Australia and New Zealand:
a Sydney phone shop, a Melbourne bookshop, an Auckland electronics store, a Brisbane
game shop, a Perth camera shop and a Wellington music shop.

Mix (aimed at precision: a false nudge costs more than a miss), 18 conversations:
  4 gossip             a coworker's gambling, the manager's "special friend" from head
                       office, a regular customer's divorce, the cashier's own flatmate
                       stealing from her.
  4 repeated_question  which phone model (twice), who the gift is for, whether the
                       customer already has an account; each asked again in other words
                       after a clear answer.
  3 rushed_upsell      screen protector / insurance / plan upgrade / trade-in;
                       membership / gift card / newsletter email / donation;
                       trade-in / warranty / membership / pre-order; all with R/RR pace.
  7 unlabelled hard near-misses: warm chat about the customer's family and the
                       cashier's harmless day; a colleague praised for product help and
                       the manager named only for a rule; a customer who gossips while
                       the cashier deflects; an order read back to confirm it; a
                       "Sorry?" re-ask plus different questions of the same shape; one
                       tailored recommendation with the usual bag and receipt questions;
                       two offers far apart in a relaxed chatty visit (long pause).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT97 = [
    # ---------------------------------------------------------------- gossip
    ("q01", "Sydney phone shop", ["gossip"],
     "cashier tells a stranger her coworker is at the TAB, has blown his pay on the pokies and owes her money",
     [
         (C, "Hi there, what can I help you with today?"),
         (U, "I just need a USB-C cable, the two metre one if you've got it."),
         (C, "Yep, right here. That's $29."),
         (U, "Great, card's fine."),
         (C, "Sorry it's a bit slow, I'm on my own today. Dylan's meant to be on but he's probably down at the TAB again."),
         (U, "Oh, right."),
         (C, "Honestly, he's blown his whole pay on the pokies three weeks running. He borrowed two hundred off me last Friday and I'll never see it again."),
         (U, "That's... more than I needed to know about Dylan."),
         (C, "Ha, sorry. Anyway, tap whenever you're ready."),
         (U, "Done."),
         (C, "Receipt's in the bag. Have a good one."),
     ]),
    ("q02", "Melbourne bookshop", ["gossip"],
     "cashier insinuates the manager is having an affair with a married man from head office",
     [
         (U, "Hi, I rang yesterday about a copy of The Bee Sting on hold?"),
         (C, "Oh yes, what's the surname?"),
         (U, "Nguyen."),
         (C, "Got it here. Sorry about the wait on the phone yesterday, our manager was out 'at a meeting' all afternoon."),
         (U, "No worries."),
         (C, "Between you and me, the meeting is always with the same bloke from head office. Her 'special friend', we call him. She comes back with a new haircut every time he's in town."),
         (U, "Um, okay."),
         (C, "And he's married, apparently. Anyway! That's $34.99."),
         (U, "Card, thanks."),
         (C, "Lovely, enjoy the book."),
     ]),
    ("q03", "Auckland electronics store", ["gossip"],
     "cashier discloses a named regular customer's divorce, his wife's affair and his tears at the counter",
     [
         (U, "Kia ora, have you got any HDMI switches? I've got three things and only two ports on the telly."),
         (C, "Yeah, there's a four-port one in aisle six for $59."),
         (U, "Perfect, I'll grab that."),
         (C, "Funny, you're the second person after one today. Mr Fletcher was in earlier, you know, the guy who buys everything on release day?"),
         (U, "I don't think I know him."),
         (C, "His wife's just left him and kept the house in Remuera. He's in a rental now, and he's buying all new gear because she kept the big TV."),
         (U, "Oh dear."),
         (C, "He was nearly crying at the counter. Poor bugger reckons she'd been seeing someone for a year. Anyway, that's $59, eftpos or credit?"),
         (U, "Eftpos."),
         (C, "All good, cheers."),
     ]),
    ("q04", "Brisbane game shop", ["gossip"],
     "cashier's own private drama: her flatmate steals from her and she can't go to the police",
     [
         (U, "Hey, just the new Zelda please."),
         (C, "Sure thing. Sorry if I'm a bit scattered today."),
         (U, "All good."),
         (C, "My flatmate's been nicking stuff from my room. My Switch went missing last week and then I found it listed on Marketplace under her name."),
         (U, "Oh no, that's awful."),
         (C, "And she's been taking cash out of my wallet, a few hundred by now I reckon. I can't even go to the cops because her dad's our landlord."),
         (U, "Yikes."),
         (C, "Yeah. Anyway, that's $79.95."),
         (U, "Tap is fine."),
         (C, "Done, enjoy!"),
     ]),
    # ----------------------------------------------------- repeated_question
    ("q05", "Sydney phone shop", ["repeated_question"],
     "asks which phone the customer has after she said iPhone 14 Pro and the cashier even confirmed it",
     [
         (U, "Hi, I need a case for my phone, it's an iPhone 14 Pro."),
         (C, "No worries, the 14 Pro. Were you after something clear or something tougher?"),
         (U, "Something tough, I drop it constantly."),
         (C, "The OtterBox ones are pretty much bulletproof, or this Spigen is a bit slimmer."),
         (U, "The Spigen looks good."),
         (C, "Great choice. And which model is your phone, so I grab the right size?"),
         (U, "It's the 14 Pro, like I said."),
         (C, "Right, yep. That's $49.95 then."),
         (U, "Thanks."),
     ]),
    ("q06", "Melbourne bookshop", ["repeated_question"],
     "asks who the present is for after the customer opened with 'my nephew, he's turning ten'",
     [
         (U, "Hi, I'm after a present for my nephew, he's turning ten."),
         (C, "Oh, lovely. What's he into?"),
         (U, "Dinosaurs, mostly. And anything gross."),
         (C, "Then you can't go past this one, it's all fossils and dinosaur poo."),
         (U, "Ha, he'd love that."),
         (C, "Shall I gift wrap it? And who's the lucky person it's going to?"),
         (U, "My nephew, the ten-year-old."),
         (C, "Oh, of course. Wrapping's free, give me two minutes."),
         (U, "Thanks."),
     ]),
    ("q07", "Perth camera shop", ["repeated_question"],
     "asks whether she's signed up with them after she answered yes and gave the account name",
     [
         (C, "Morning, what can I do for you?"),
         (U, "I'm picking up some prints I ordered online, and I'll grab a couple of rolls of Portra too."),
         (C, "Sure. Do you have an account with us?"),
         (U, "Yes, it's under Harriet Cole."),
         (C, "Found you. Prints are here, forty 6x4s."),
         (U, "Great. And the film?"),
         (C, "Two rolls of Portra 400, that's $52 for those. Are you signed up with us at all, or should I set you up a profile?"),
         (U, "I just said, I've got an account. Harriet Cole."),
         (C, "Oh, sorry, yes. All on the one bill then?"),
         (U, "Yes please."),
     ]),
    ("q08", "Auckland electronics store", ["repeated_question"],
     "asks what phone the charger is for after the customer named the Galaxy S23 in her first line",
     [
         (U, "Hi, which of these wireless chargers will work with a Samsung Galaxy S23?"),
         (C, "Good question. The Belkin one does fast charging on Samsungs, the cheaper one's a lot slower."),
         (U, "I'll go the Belkin then."),
         (C, "Nice. You'll want a 25-watt plug with it if you haven't got one."),
         (U, "I've got one at home."),
         (C, "Sweet. So what sort of phone are you charging with it?"),
         (U, "The S23. The Samsung."),
         (C, "Oh yeah, you said. That's $89."),
         (U, "Cheers."),
     ]),
    # --------------------------------------------------------- rushed_upsell
    ("q09", "Sydney phone shop", ["rushed_upsell"],
     "screen protector, device insurance, plan upgrade and trade-in fired back to back; customer gets out 'no' and a cut-off 'I'm fine'",
     [
         (U, "Hi, I'll take the Pixel 8, outright please."),
         (C, "Great pick! Want a screen protector fitted on that? It's $39 today.", RR),
         (U, "No thanks.", R),
         (C, "And device insurance? Only $12 a month for accidental damage.", R),
         (U, "Nah.", R),
         (C, "You're on the $45 plan, yeah? I can bump you up to unlimited for ten bucks more a month.", R),
         (U, "I'm fine, I—", R),
         (C, "And if you've got your old phone we'll give you up to $300 trade-in on it.", R),
         (U, "No, just the phone, please.", R),
         (C, "Sure, that's $1,199.", R),
     ]),
    ("q10", "Melbourne bookshop", ["rushed_upsell"],
     "paid membership, gift cards, newsletter email and a gold-coin donation in quick succession on a one-book sale",
     [
         (U, "Just this one, thanks."),
         (C, "Lovely. Are you a member? It's $25 a year and you get ten percent off.", RR),
         (U, "No.", R),
         (C, "We've got gift cards too, if you've got birthdays coming up.", R),
         (U, "Not right now.", R),
         (C, "Can I grab your email for the newsletter? And would you like to add a gold coin for the Indigenous Literacy Foundation?", R),
         (U, "Uh, no thanks.", R),
         (C, "No worries, that's $32.99.", R),
     ]),
    ("q11", "Brisbane game shop", ["rushed_upsell"],
     "trade-in bonus, extended warranty, membership points and a pre-order pushed on a controller purchase",
     [
         (U, "Can I get a PS5 controller, the white one?"),
         (C, "Sure. Got any old games to trade in? We're giving fifty percent extra credit this week.", RR),
         (U, "No.", R),
         (C, "Want the two-year extended warranty on the controller? It's $15.", R),
         (U, "No thanks.", R),
         (C, "Are you a Level Up member? You'd get points on this. Oh, and pre-orders are open for the new Call of Duty.", R),
         (U, "Just the controller, mate.", R),
         (C, "Righto, $109.", R),
     ]),
    # ------------------------------------------------ unlabelled near-misses
    ("q12", "Wellington music shop", [],
     "NOT gossip: warm chat about the customer's daughter's birthday picnic and the cashier's harmless good morning (coffee, a park out front); tuning is a service, not an upsell",
     [
         (U, "Morning! I'm after a beginner ukulele for my daughter, she's turning seven on Saturday."),
         (C, "Oh, how exciting. This soprano one's nice and light for small hands, it's $69."),
         (U, "That's perfect. She's been plucking rubber bands for weeks, so it's time."),
         (C, "Ha, a born musician. Are you doing anything special for her birthday?"),
         (U, "Just a picnic at Oriental Bay with her cousins, if the wind behaves."),
         (C, "Fingers crossed. It's been a lovely morning here so far, I got a decent coffee and a park right out front, which never happens."),
         (U, "That's a good start to the day."),
         (C, "It is! I'll tune it up for you before you go, so it's ready to play."),
         (U, "Oh, yes please."),
         (C, "There you go, all in tune. Happy birthday to her!", {"pause": 20.0}),
         (U, "Thank you!"),
     ]),
    ("q13", "Perth camera shop", [],
     "NOT gossip: colleague Priya praised as the bird-lens expert, and the manager named only for the ID-deposit rule",
     [
         (U, "Hi, I'm looking at a lens for bird photography on my Nikon Z6."),
         (C, "You'll want Priya for that. She's out on the Swan River shooting birds every weekend and she knows the Nikon lenses inside out."),
         (U, "Great."),
         (C, "She's just with another customer, but she put my dad onto the 180-600 and he loves it."),
         (U, "Could I try one on my camera?"),
         (C, "Absolutely. Just one thing: our manager Sandra's rule is that we hold some ID at the counter while a lens is out for a test walk."),
         (U, "That's fair, here's my licence."),
         (C, "Thanks. Priya will be over in a sec."),
         (U, "Cheers."),
     ]),
    ("q14", "Auckland electronics store", [],
     "NOT gossip: the CUSTOMER gossips at length about neighbours; the cashier deflects each time back to the kettle",
     [
         (U, "Hi, I need a new kettle, the last one blew up this morning."),
         (C, "Sure, we've got a few under $80 over here."),
         (U, "You know the couple at number 12 on my street? He's been sleeping in his car for a week. She found messages on his phone."),
         (C, "Oh, I wouldn't know them. This Breville's a good one, it's really quiet."),
         (U, "And apparently the other woman is his boss! The whole street's talking about it."),
         (C, "Sounds like a lot going on. Did you want the stainless steel or the white?"),
         (U, "Stainless. Oh, and I heard their boy got suspended too."),
         (C, "Mm. That's $69 for the stainless one."),
         (U, "Eftpos, thanks."),
         (C, "All done, enjoy your cuppa."),
     ]),
    ("q15", "Brisbane game shop", [],
     "NOT repeat: the cashier reads the order back once to confirm it; the later phone-number question is new",
     [
         (U, "Hi, I'd like to order the Mario Kart bundle, plus two extra pairs of Joy-Cons, one red-and-blue and one green-and-pink, and a carry case."),
         (C, "No worries, let me put that through."),
         (C, "Okay, so I've got the Mario Kart bundle, two Joy-Con pairs in red-and-blue and green-and-pink, and one carry case. Is that all correct?", {"pause": 6.0}),
         (U, "Yep, that's it."),
         (C, "Great. They're coming from our Chermside store, should be here Thursday."),
         (U, "Sweet."),
         (C, "What's the best number to text you on when it lands?"),
         (U, "0412 555 018."),
         (C, "Got it. You can pay when you pick it up."),
         (U, "Perfect, thanks."),
     ]),
    ("q16", "Melbourne bookshop", [],
     "NOT repeat: title asked again only because the customer said 'Sorry?' over the renovation noise; name, phone and pickup day are different questions of the same shape",
     [
         (U, "Hi, could you order a book in for me?"),
         (C, "Sure, what's the title?"),
         (U, "Sorry? The drilling next door is so loud."),
         (C, "What's the title of the book?"),
         (U, "Oh, Tomorrow, and Tomorrow, and Tomorrow."),
         (C, "Lovely, I'll order that in. What name should I put it under?"),
         (U, "Abbott."),
         (C, "And what's a good phone number for you?"),
         (U, "0433 210 987."),
         (C, "And which day suits you best to pick it up?"),
         (U, "Saturday's easiest."),
         (C, "Perfect, it'll be in by Friday."),
     ]),
    ("q17", "Perth camera shop", [],
     "NOT rushed: one tailored recommendation (a V30 card for 4K drone footage) and the usual bag and receipt questions in a relaxed visit",
     [
         (U, "Hi, I need a memory card for my drone. I'm flying it up at the Pinnacles next week."),
         (C, "Oh, nice spot. What drone is it?"),
         (U, "The DJI Mini 4."),
         (C, "If you're shooting 4K on that, I'd go for this V30 card rather than the cheap one. The cheap ones can drop frames."),
         (U, "Makes sense, I'll take that."),
         (C, "Good stuff. That's $45."),
         (U, "Tap."),
         (C, "Do you need a bag for it?", {"pause": 3.0}),
         (U, "No, it'll go in my pocket."),
         (C, "And would you like the receipt?"),
         (U, "Yes please."),
         (C, "Here you go. Have fun at the Pinnacles."),
     ]),
    ("q18", "Wellington music shop", [],
     "NOT rushed: only two offers (a strings two-for deal, then a loyalty card) a minute and a half apart in a relaxed, chatty visit",
     [
         (U, "Hiya, just a set of strings for my acoustic, twelve gauge."),
         (C, "No problem. These Elixirs last ages. They're two for $50 this month if you want a spare set."),
         (U, "Just the one, thanks. I hardly play these days."),
         (C, "Fair enough. What do you mostly play?"),
         (U, "Old folk songs. I used to busk on Cuba Street back in the eighties."),
         (C, "No way! My uncle busked there too, he still talks about it."),
         (U, "Ha, small city. Was he the one with the harmonica and the dog?"),
         (C, "Not him, he played fiddle. Small city though, you're right."),
         (U, "Can I have a go on that little Martin on the wall while I'm here?"),
         (C, "Go for it, the stool's just there."),
         (U, "Lovely sound. Too rich for me, though.", {"pause": 75.0}),
         (C, "It's a beauty. Oh, by the way, we've got a loyalty card: every tenth set of strings is free."),
         (U, "Go on then, I'll take one."),
         (C, "There you go. That's $28 for the strings."),
     ]),
]

if __name__ == "__main__":
    build("heldout97", HELDOUT97, 971)
