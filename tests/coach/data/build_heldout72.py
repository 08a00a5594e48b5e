# ruff: noqa: E501
"""Build the coach's held-out set 72: written BLIND by writer-72, before reading the engine, its lexicons, its docs or any other held-out set (only the README's kind definitions and build_heldout678.py's helpers were read, for the format).

Imagined authors and settings (normal case and punctuation, as a person would
type it; British and Irish service-counter voices): a dry cleaner in Leeds, a
key-cutting and shoe-repair kiosk in a Cork shopping centre, a pet shop in
Swindon, a garden-centre cafe in Kent, a builders' merchant / DIY store trade
counter in Glasgow, and a mobility-scooter shop in Llandudno.

Mix (aimed at precision: a false nudge costs more than a miss):
  4 gossip             complaints about a colleague's sick days while seen at the
                       pub, the manager's wife running the place down, a regular's
                       hoarding and family falling-out, the cashier's own ex not
                       paying maintenance.
  4 repeated_question  pet's name, pet's age, what is wrong with the garment, the
                       delivery address, each asked again in new words after a
                       clear answer.
  3 rushed_upsell      care plan, loyalty stamp, bag for life, newsletter, seasonal
                       special, gift card, fired in quick succession (R / RR).
  7 unlabelled hard near-misses: warm personal chat; a colleague praised for
                       product knowledge and the manager named only for a rule; a
                       customer who gossips while the cashier deflects; an order
                       read back to confirm; a "sorry?" re-ask plus different
                       questions of the same shape; one tailored recommendation
                       with the usual bag and receipt questions; two offers far
                       apart in a relaxed visit (long "pause").
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT72 = [
    # ---------------------------------------------------------------- gossip
    ("q01", "dry cleaner, Leeds", ["gossip"],
     "cashier complains about a named colleague's repeated sick days while she was seen at the pub; a colleague's private life, not the customer's order",
     [
         (C, "Morning! Dropping off or picking up?"),
         (U, "Picking up. Two shirts and a jacket, the ticket's here somewhere."),
         (C, "Lovely, give me a sec. Sorry it's slow, I'm on my own again."),
         (U, "Oh, no rush."),
         (C, "Donna's rung in sick. Third Monday this month, would you believe."),
         (C, "And my sister saw her in the Red Lion on Saturday night, doing shots at the bar, right as rain she was."),
         (U, "Oh dear."),
         (C, "Every time there's a match on she's got a migraine. The boss just lets her get away with it and I'm the mug covering."),
         (U, "Right. Is that the jacket there?"),
         (C, "That's the one. Eighteen fifty altogether, please."),
         (U, "Card's fine."),
         (C, "Cheers, there you go."),
     ]),
    ("q02", "garden-centre cafe, Kent", ["gossip"],
     "server runs down the owner's wife (the manager's private conduct and decisions) in a long complaint to a customer buying tea",
     [
         (C, "Hiya, what can I get you?"),
         (U, "A pot of tea for two and a fruit scone, please."),
         (C, "Tea for two and a scone. Sorry, we've no clotted cream today."),
         (U, "Oh, that's a shame."),
         (C, "Don't get me started. Since Mr Harding's wife took over the ordering, it's one thing after another."),
         (C, "She's never worked a day in catering, swans in twice a week in her big car and changes everything, and the rest of us get the complaints."),
         (U, "Mm."),
         (C, "Between you and me, half the staff are looking for other jobs. She'll have this place shut by Christmas, honestly."),
         (U, "Well, jam will be fine."),
         (C, "Right you are. That's seven twenty."),
         (U, "Here you go."),
         (C, "Thanks, I'll bring it over to you."),
     ]),
    ("q03", "key-cutting and shoe-repair kiosk, Cork", ["gossip"],
     "cashier tells a customer about another regular's hoarding and his family falling-out over it; a third party's private life",
     [
         (C, "How're you keeping? What can I do for you?"),
         (U, "Could I get two copies of this front door key?"),
         (C, "No bother, five minutes."),
         (C, "You know who was in before you? Old Mr Foley from Blackpool, the fella with the flat cap."),
         (U, "I don't think I know him."),
         (C, "Sure his house is packed to the ceiling, newspapers going back to the nineties. His own son won't set foot in it."),
         (C, "They'd a massive row at the daughter's christening over it and they haven't spoken since. The daughter-in-law's telling the whole parish he's not fit to live alone."),
         (U, "That's sad, really."),
         (C, "Ah, it's a mess. Right, there's your two keys, try them at home now."),
         (U, "Thanks. How much?"),
         (C, "Nine euro, please."),
     ]),
    ("q04", "pet shop, Swindon", ["gossip"],
     "cashier overshares her own private drama: her ex not paying child maintenance and the legal fight, unprompted, to a customer buying cat litter",
     [
         (C, "Hi there, just the litter?"),
         (U, "Yes, and a bag of the salmon biscuits."),
         (C, "Lovely. Sorry, I'm all over the place today."),
         (U, "Busy day?"),
         (C, "Oh, it's my ex. He's not paid a penny of maintenance since June and he's just been on holiday to Tenerife with his new girlfriend."),
         (C, "I've had to go back to the CMS again and he's telling everyone I'm bleeding him dry. My solicitor says he's hiding money through his brother's van business."),
         (U, "That sounds really hard."),
         (C, "It is, and the kids see it all on his Facebook. Anyway. That's fourteen ninety-nine."),
         (U, "Contactless, please."),
         (C, "Thanks, have a good one."),
     ]),

    # ------------------------------------------------------ repeated_question
    ("q05", "pet shop, Swindon", ["repeated_question"],
     "cashier asks the puppy's name, gets a clear answer ('Biscuit'), then asks again in other words what he is called",
     [
         (C, "Oh, look at him! What's his name?"),
         (U, "This is Biscuit. He's a cockapoo."),
         (C, "He's gorgeous. Are you after anything in particular?"),
         (U, "A harness, he's pulling on the collar."),
         (C, "These padded ones are good, they're on the wall there. Let's see what size he is."),
         (U, "He's about eleven kilos."),
         (C, "Then you want the medium. And what do you call him, sorry?"),
         (U, "Biscuit. Like I said."),
         (C, "Ah, course. Twenty-two pounds for the harness, please."),
         (U, "Here you go."),
         (C, "Thanks, bye Biscuit!"),
     ]),
    ("q06", "pet shop, Swindon", ["repeated_question"],
     "customer says clearly the kitten is twelve weeks old; later the cashier asks again how old she is, in other words",
     [
         (C, "Hello, what can I help with?"),
         (U, "I need kitten food for our new one. She's twelve weeks old."),
         (C, "Aww. The kitten pouches are just behind you, or there's the dry stuff."),
         (U, "Maybe both, she's a fussy one."),
         (C, "Good idea. Has she had her jabs yet?"),
         (U, "First lot, yes, second lot next week."),
         (C, "Grand. So how old is the little one now, roughly?"),
         (U, "Twelve weeks. I said when I came in."),
         (C, "Oh yes, sorry. Then the kitten range is right for another nine months or so."),
         (U, "Okay, I'll take these two."),
         (C, "That's eleven forty, please."),
     ]),
    ("q07", "dry cleaner, Leeds", ["repeated_question"],
     "customer explains the coat's problem clearly (red wine on the sleeve, torn lining); cashier later asks again what needs doing to it",
     [
         (C, "Hiya, what've you brought us?"),
         (U, "This wool coat. I've spilt red wine down the left sleeve, and the lining's torn at the pocket."),
         (C, "Ooh, right. Was it recent?"),
         (U, "Saturday night."),
         (C, "That's not too bad then, we should get most of it out. When do you need it for?"),
         (U, "Next Friday if possible, it's for a funeral."),
         (C, "Sorry to hear that. We can do Thursday. Now, what's the matter with it, what am I writing on the ticket?"),
         (U, "The wine on the sleeve and the lining by the pocket. Like I said."),
         (C, "Yes, sorry, wine stain and lining repair. That's twenty-six pounds, pay when you collect."),
         (U, "Thursday, then."),
         (C, "Thursday after two. Here's your ticket."),
     ]),
    ("q08", "mobility-scooter shop, Llandudno", ["repeated_question"],
     "customer gives the delivery address clearly; after sorting the date the assistant asks again where it is going, in new words",
     [
         (C, "Right, so that's the Pride Go-Go in silver. Where would you like it delivered?"),
         (U, "Flat 3, Marine Court, on the promenade. Postcode LL30 2AB."),
         (C, "Lovely. We can bring it Tuesday or Wednesday."),
         (U, "Wednesday, my son can be there then."),
         (C, "Wednesday it is, morning or afternoon?"),
         (U, "Morning, please."),
         (C, "Morning. And whereabouts are we dropping it off to?"),
         (U, "Marine Court, flat 3. I've just told you, love."),
         (C, "Sorry, yes, you did. I'll put that down now."),
         (U, "And you'll show him how to charge it?"),
         (C, "Our driver will go through everything with you both."),
     ]),

    # --------------------------------------------------------- rushed_upsell
    ("q09", "garden-centre cafe, Kent", ["rushed_upsell"],
     "seasonal special, loyalty stamp, gift card and bag for life fired in quick succession while the customer barely speaks",
     [
         (C, "Hi, what can I get you?"),
         (U, "Just a flat white to take away, please."),
         (C, "Flat white. Would you like to try our pumpkin spiced loaf, it's the autumn special?", RR),
         (U, "Er, no, I'm...", R),
         (C, "Do you have a loyalty card? I can stamp it, tenth coffee is free.", RR),
         (U, "I don't think...", R),
         (C, "And our gift cards are in for Christmas, they're by the till if you want one.", RR),
         (C, "Oh, and do you want a bag for life for that? They're a pound.", RR),
         (U, "No. Just the coffee.", R),
         (C, "That's three fifteen, then."),
         (U, "Card, thanks."),
     ]),
    ("q10", "mobility-scooter shop, Llandudno", ["rushed_upsell"],
     "customer buying a replacement battery is hit with a care plan, the newsletter, the loyalty scheme and a gift card back to back",
     [
         (C, "Morning. What can I do for you?"),
         (U, "I need a new battery for my scooter, it's the twelve volt one."),
         (C, "Yes, we've got those in. Fifty-nine ninety-nine."),
         (U, "That's fine."),
         (C, "Now, would you like our care plan on the scooter? It's six pound a month and we come out for breakdowns.", RR),
         (U, "Well, I...", R),
         (C, "And can I sign you up to our newsletter, just need an email address?", RR),
         (C, "We've also got the loyalty scheme, ten per cent off your next service if you join today.", RR),
         (U, "Just the battery.", R),
         (C, "And gift cards, if you've got anyone with a birthday coming up.", RR),
         (U, "No. Thank you. Just the battery, please."),
         (C, "Right you are, fifty-nine ninety-nine then."),
     ]),
    ("q11", "dry cleaner, Leeds", ["rushed_upsell"],
     "protection care plan, loyalty stamp card, newsletter sign-up and seasonal duvet special rattled off one after another",
     [
         (C, "Hiya, just the suit?"),
         (U, "Yes, just the suit for Friday, please."),
         (C, "Do you want our garment care plan on it? It covers any damage for a year.", RR),
         (U, "Oh, I'm not...", R),
         (C, "Have you got a stamp card? Every sixth item is free.", RR),
         (C, "And if you give me your email I can put you on our newsletter for offers.", RR),
         (U, "Um.", R),
         (C, "We've also got our winter special on, duvets half price this month.", RR),
         (U, "No, just the suit, honestly."),
         (C, "No problem. That's twelve pounds, ready Friday."),
     ]),

    # ---------------------------------------------- hard near-misses (no label)
    ("q12", "garden-centre cafe, Kent", [],
     "NOT gossip: warm chat about the customer's own granddaughter's graduation and trip, and the server's harmless day (her dog, the weather); no third-party slander",
     [
         (C, "Afternoon! What'll it be?"),
         (U, "A latte and a slice of the lemon drizzle, please. I'm treating myself."),
         (C, "Quite right too. Anything special?"),
         (U, "My granddaughter's just graduated. Nursing, at Canterbury."),
         (C, "Oh, that's wonderful, you must be so proud. Are you all doing something to celebrate?"),
         (U, "We're taking her to Cornwall for a week in September."),
         (C, "Lovely. I took my spaniel down to Padstow last year, he didn't want to come home."),
         (U, "Ha! Ours is too old for the car now."),
         (C, "Bless. It's been such a quiet, nice day in here, with the sun out. That's six eighty."),
         (U, "Here you are."),
         (C, "Thank you, and congratulations to her."),
     ]),
    ("q13", "DIY store trade counter, Glasgow", [],
     "NOT gossip: a colleague named and praised in a helpful product context; the manager named only to explain a cutting rule",
     [
         (C, "Morning, pal. What are you needing?"),
         (U, "Six lengths of decking board and some screws for it."),
         (C, "Treated or composite?"),
         (U, "Treated, it's going on a back garden."),
         (C, "Right. Talk to Fraser in the timber yard before you load up, he knows the grades inside out and he'll pick you straight boards."),
         (U, "Brilliant, thanks."),
         (C, "If you want them cut, it's a minimum of half a metre. That's a rule of Alan's, the manager, for the saw safety."),
         (U, "Fair enough, I'll take them full length."),
         (C, "For screws, these stainless ones won't stain the wood. Fraser put them on to me, they're good."),
         (U, "I'll have a box of those."),
         (C, "Sound. That's one hundred and four pounds twenty, on account or card?"),
         (U, "Card."),
     ]),
    ("q14", "key-cutting and shoe-repair kiosk, Cork", [],
     "NOT gossip: the CUSTOMER gossips about a neighbour at length while the cashier stays neutral, deflects and steers back to the heel repair",
     [
         (U, "Hiya. I need new heels on these boots, please."),
         (C, "No problem, let's have a look."),
         (U, "You'll never guess what my neighbour's after doing. She's put up a fence a foot onto our side and told the whole road we're the problem."),
         (C, "Oh, that's a pain. These heels are worn right down, so."),
         (U, "And her husband's never home, if you know what I mean. Everyone says he's got someone in Mallow."),
         (C, "Ah, I wouldn't know now. Do you want the rubber or the leather heels?"),
         (U, "Rubber. Honestly, she's a piece of work, that one."),
         (C, "Sounds like a tough one. Rubber will last you longer anyway."),
         (U, "When will they be ready?"),
         (C, "Tomorrow after eleven. That's eighteen euro."),
         (U, "Grand, thanks."),
     ]),
    ("q15", "DIY store trade counter, Glasgow", [],
     "NOT repeated_question: the counter assistant reads the whole order and delivery address back once to confirm it, which is good practice",
     [
         (C, "Right, what's the order today?"),
         (U, "Ten bags of multi-finish plaster, twenty sheets of twelve-mil plasterboard, and a box of drywall screws."),
         (C, "And where's that going to?"),
         (U, "The job's at 42 Hillhead Street, G12 8QQ. Delivery Thursday if you can."),
         (C, "Let me read that back to you. Ten multi-finish, twenty sheets of twelve-mil board, one box of drywall screws, to 42 Hillhead Street, G12 8QQ, on Thursday. Is that all right?"),
         (U, "Spot on."),
         (C, "Morning or afternoon slot?"),
         (U, "Morning, the lads start at eight."),
         (C, "Morning it is. That's on your account, you'll get a text when the driver leaves."),
         (U, "Cheers."),
     ]),
    ("q16", "mobility-scooter shop, Llandudno", [],
     "NOT repeated_question: the customer doesn't hear and says 'Sorry?', so the assistant re-asks; then different questions of the same shape (front door step, back door step)",
     [
         (C, "Hello. How tall are you, roughly? It helps me set the seat."),
         (U, "Sorry?"),
         (C, "Your height, roughly? For the seat."),
         (U, "Oh, five foot four."),
         (C, "Lovely. Is there a step at your front door?"),
         (U, "Yes, one small one."),
         (C, "And is there one at the back door?"),
         (U, "No, the back's flat. That's where I'll keep it."),
         (C, "Then a ramp won't be needed. Will you use it mostly on pavements or on grass?"),
         (U, "Pavements, down to the shops."),
         (C, "Then the three-wheeler is perfect for you. Shall we try it outside?"),
     ]),
    ("q17", "key-cutting and shoe-repair kiosk, Cork", [],
     "NOT rushed_upsell: one tailored recommendation (suede protector for suede boots) plus the usual bag and receipt questions, spread over a relaxed visit",
     [
         (C, "Hi, collecting?"),
         (U, "Yes, the suede boots. New soles, I think."),
         (C, "Here they are, they came up lovely."),
         (U, "Oh, they look brand new."),
         (C, "Since they're suede and you're out in the rain, I'd give them a go of this protector spray. Eight euro, and it'll keep them like that."),
         (U, "Go on, I will actually. It's been a wet winter."),
         (C, "Tell me about it. That's thirty euro altogether with the soles."),
         (U, "Here you go."),
         (C, "Thanks. Do you want a bag for them?"),
         (U, "Yes please, it's raining."),
         (C, "There you are. Receipt with them?"),
         (U, "No, I'm fine."),
         (C, "Enjoy them."),
     ]),
    ("q18", "garden-centre cafe, Kent", [],
     "NOT rushed_upsell: only two offers (loyalty card, then the cake of the day) far apart in a relaxed, chatty visit, with a long wait while the coffee is made",
     [
         (C, "Hello again! The usual?"),
         (U, "Please, a cappuccino. Busy in the plant section today."),
         (C, "It's the bulb sale, everyone's in for their tulips. By the way, we've started a loyalty card, a free drink after nine, if you fancy one."),
         (U, "Oh, go on, I'm in often enough."),
         (C, "Here you go, first stamp. I'll just make that for you."),
         (U, "Thanks. What are you planting yourself?", {"pause": 2.0}),
         (C, "Sweet peas, if the slugs don't get them.", {"pause": 1.5}),
         (U, "I've had that problem."),
         (C, "Here's your cappuccino. Oh, the cake of the day is carrot and walnut, if you fancy a slice with that.", {"pause": 45.0}),
         (U, "Not today, thank you. I'm off home for lunch."),
         (C, "Enjoy it. That's three forty."),
         (U, "Thank you, bye now."),
     ]),
]

if __name__ == "__main__":
    build("heldout72", HELDOUT72, 721)
