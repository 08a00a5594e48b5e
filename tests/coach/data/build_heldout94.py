# ruff: noqa: E501
"""Build the coach's held-out set 94: written BLIND by writer-94, before reading the engine, its lexicons, its docs or the other held-out sets (only the shared README's definitions, build_dev.py's note style, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read); not tuned against any score.

Imagined authors and settings (typed text WITH normal case and punctuation,
unhurried and polite, older customers): an English village post office, a
Cotswolds tearoom till, an Irish country hardware shop, a Yorkshire butcher, a
Cornish newsagent and a Welsh village chemist.

Mix (aimed at precision; a false nudge costs more than a miss), 18 conversations:
  4 gossip              vicar's wife and the organist; a neighbour's son back
                        from prison; the postmistress's debts; the cashier's own
                        daughter's divorce.
  4 repeated_question   grandchildren asked again; health asked again; first or
                        second class asked again; how long they are staying,
                        asked again after the customer's long story.
  3 rushed_upsell       book of stamps / parcel insurance / travel money; church
                        roof raffle / calendar / loyalty card; pie special /
                        loyalty card / raffle / calendar (R / RR pace).
  7 unlabelled hard near-misses: warm chat about the customer's family and the
                        cashier's harmless day; a colleague praised in a product
                        context and the manager named only for a rule; a
                        customer who gossips while the cashier deflects; an order
                        read back to confirm it; a "sorry?" re-ask plus different
                        questions of the same shape; one tailored recommendation
                        with the usual bag and receipt questions; two offers far
                        apart in a relaxed chatty visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT94 = [
    # ---------------------------------------------------------------- gossip
    ("q01", "English village post office", ["gossip"],
     "cashier insinuates an affair between the vicar's wife and the church organist, citing another villager's sightings",
     [
         (C, "Good morning, Mrs Hale. What can I do for you today?"),
         (U, "Just a pension withdrawal, please, and a second class stamp."),
         (C, "Of course. Are you going to the harvest supper at St Michael's on Saturday?"),
         (U, "I expect so. I usually help with the teas."),
         (C, "Well, between you and me, I'd keep an eye on the vicar's wife. She's been round at the organist's cottage three evenings this week, and I don't think it's for hymn practice."),
         (U, "Oh dear. I really wouldn't know anything about that."),
         (C, "Joan Whitlock saw her car parked behind his hedge again on Tuesday night, while the vicar was away at the synod. The whole choir's talking about it."),
         (U, "Well, I'm sure there's an innocent explanation."),
         (C, "Maybe so. Here's your forty pounds, and that's your stamp."),
         (U, "Thank you, dear."),
     ]),
    ("q02", "Cotswolds tearoom till", ["gossip"],
     "cashier tells a customer that a neighbour's son is out of prison, what he was convicted of, and warns her off him",
     [
         (C, "Was everything all right with your lunch?"),
         (U, "Lovely, thank you. The soup was just what I needed."),
         (C, "Oh, I'm glad. You live up on Sheep Street, don't you, near the Hendersons?"),
         (U, "Yes, two doors along from them."),
         (C, "Then you'll have heard their boy Martin is back. He's only just out of prison, you know. Eighteen months for taking money from the garage where he worked."),
         (U, "I hadn't heard, no."),
         (C, "His poor mother's beside herself. Between ourselves, I'd keep my shed locked if I were you. Once they've been inside, they don't really change, do they?"),
         (U, "I'm sure I couldn't say. How much do I owe you?"),
         (C, "That's nine pounds eighty, please."),
         (U, "Here you are, keep the change."),
     ]),
    ("q03", "Irish country hardware shop", ["gossip"],
     "cashier discloses that the local postmistress is behind on her shop account and in trouble with the bank",
     [
         (C, "Morning, Mrs Keane. What has you in?"),
         (U, "A box of firelighters and a new handle for the yard brush, please."),
         (C, "No bother. The handles are just behind you there."),
         (U, "This one will do grand."),
         (C, "Don't say I said it, but Bríd above at the post office owes money all over the town. She's three months behind on her account with us."),
         (U, "Ah, now. I'd rather not hear that."),
         (C, "The bank were on to her again last week, and they say she's after borrowing from her sister to keep the place open."),
         (U, "That's her own business, I'd say. What do I owe you?"),
         (C, "That's eleven euro forty altogether."),
         (U, "There you go. Good luck now."),
     ]),
    ("q04", "Yorkshire butcher", ["gossip"],
     "cashier overshares her own private family drama: her daughter's divorce, the husband's affair and the mortgage",
     [
         (U, "Good morning. Could I have half a pound of back bacon and four pork sausages, please?"),
         (C, "Course you can, love. Sorry if I'm a bit slow today, I'm all over the place."),
         (U, "Oh dear, nothing serious, I hope?"),
         (C, "Our Kirsty's divorce papers came through this morning. He's gone off with a lass from his work and left her with the mortgage and the two little ones."),
         (U, "I'm sorry to hear that."),
         (C, "I was up till two with her sobbing down the phone. And his mother had the nerve to say Kirsty drove him to it. I've not slept a wink."),
         (U, "That must be very hard for you all."),
         (C, "It is. Anyway, that's four pounds ninety, love."),
         (U, "Here you are. I hope things look up."),
     ]),
    # ---------------------------------------------------- repeated_question
    ("q05", "Cornish newsagent", ["repeated_question"],
     "asks how many grandchildren the customer has, gets a clear answer (five), then asks again in other words",
     [
         (C, "Morning, Mrs Pascoe. Just your Cornishman and the puzzle book?"),
         (U, "Yes, please, and I need a birthday card for my grandson."),
         (C, "Oh, lovely. How many grandchildren have you got now?"),
         (U, "Five, dear. Three boys and two girls, and the eldest is fourteen."),
         (C, "Five! They must keep you busy. The cards for boys are on the end there."),
         (U, "I'll have this one with the tractor on it."),
         (C, "He'll like that. So have you got a big family of grandchildren, then?"),
         (U, "Five, like I said. Three boys and two girls."),
         (C, "Oh, of course you did. That comes to six pounds eighty-five."),
         (U, "Here's a ten."),
     ]),
    ("q06", "Welsh village chemist", ["repeated_question"],
     "asks how the customer is since his knee operation, gets a clear answer, then asks again in other words",
     [
         (C, "Bore da, Mr Pritchard. How have you been keeping since your operation?"),
         (U, "Much better, thank you. The knee has healed nicely and I'm walking to chapel again without the stick."),
         (C, "Oh, that is good news. Is it the repeat prescription you're after?"),
         (U, "Yes, the usual, please."),
         (C, "Here we are, the same as last month, two boxes."),
         (U, "Thank you very much."),
         (C, "And how's the knee been getting on since they did it?"),
         (U, "As I say, it's healed well. No more stick."),
         (C, "Ah, yes, sorry. There's nothing to pay on these, so you're all set."),
     ]),
    ("q07", "English village post office", ["repeated_question"],
     "asks first or second class, the customer clearly says second, then asks the same choice again in other words",
     [
         (C, "Hello, Mrs Atherton. What can I do for you?"),
         (U, "Just this letter to my sister in Norwich, please."),
         (C, "Certainly. First or second class?"),
         (U, "Second will do, there's no hurry at all."),
         (C, "Let me pop it on the scales. It's a little thick, so it counts as a large letter, I'm afraid."),
         (U, "It's the photographs from my great-nephew's christening."),
         (C, "That'll be why. Now, did you want it to go first class, or is second all right for you?"),
         (U, "Second, dear, as I said."),
         (C, "Sorry, yes. That's one pound fifty-five, then."),
         (U, "Here you are."),
     ]),
    ("q08", "Cotswolds tearoom till", ["repeated_question"],
     "asks whether the couple are visiting; the customer explains at length they are staying the week with her brother; later asks again how long they are stopping",
     [
         (C, "Was everything all right with your cream teas?"),
         (U, "Delicious, thank you."),
         (C, "Are you visiting, or do you live locally?"),
         (U, "Oh, we're visiting. We've come up from Devon for the week to stay with my brother in Bourton. He's been rather poorly since Easter, so we thought we'd keep him company, and we've taken a room at the little bed and breakfast by the ford. My husband's out there now, feeding the ducks. He can never resist."),
         (C, "How nice. That's fourteen pounds fifty for the two cream teas."),
         (U, "Here's a twenty."),
         (C, "Thank you. And is it just a day out for you, or are you stopping in the area for a while?"),
         (U, "We're here for the week, dear, with my brother."),
         (C, "Oh, lovely. Here's your change, five pounds fifty."),
     ]),
    # --------------------------------------------------------- rushed_upsell
    ("q09", "English village post office", ["rushed_upsell"],
     "book of stamps, parcel insurance and a travel-money offer fired off back to back while the customer barely answers",
     [
         (U, "Could I send this parcel to my daughter in Leeds, please?"),
         (C, "Lovely, that's four pounds twenty. Would you like a book of stamps for your Christmas cards while you're here?", RR),
         (U, "No, thank you.", R),
         (C, "And shall I add parcel insurance? It's only two pounds extra.", R),
         (U, "Oh, I don't think...", R),
         (C, "We've got a travel money offer on this month as well, no commission on euros, if you're going away?", R),
         (U, "No, dear. Just the parcel.", R),
         (C, "Right you are, card or cash?", R),
         (U, "Cash, please."),
     ]),
    ("q10", "Cornish newsagent", ["rushed_upsell"],
     "church roof raffle, the new calendar and a loyalty card pushed in quick succession over a newspaper purchase",
     [
         (U, "Just the Western Morning News, please."),
         (C, "That's one eighty. Would you like a raffle strip for the church roof? A pound a strip.", RR),
         (U, "Not today.", R),
         (C, "We've got the new lighthouse calendars in, only five ninety-nine.", R),
         (U, "No, I...", R),
         (C, "And do you have our loyalty card? Every tenth paper's free.", R),
         (U, "No, dear, just the paper.", R),
         (C, "Okay, one eighty then.", R),
     ]),
    ("q11", "Yorkshire butcher", ["rushed_upsell"],
     "pie special, loyalty card, cricket club raffle and calendar fired one after another with the customer barely getting a word in",
     [
         (U, "Six pork sausages, please, love."),
         (C, "There you go. Do you want to try our pork pies? Two for a fiver today.", RR),
         (U, "Oh, no, thank you.", R),
         (C, "Have you got one of our loyalty cards? A stamp every visit.", R),
         (U, "I don't think...", R),
         (C, "And a raffle ticket for the cricket club? It's a pound a strip.", R),
         (U, "Well...", R),
         (C, "The calendars are in as well, three pounds, all the farm animals.", R),
         (U, "Just the sausages, love.", R),
         (C, "Right, that's three pounds twenty.", R),
     ]),
    # ------------------------------------------------- unlabelled near-misses
    ("q12", "Yorkshire butcher", [],
     "NOT gossip: warm chat about the customer's grandson coming home for Sunday dinner, and the cashier's own harmless, pleasant morning",
     [
         (C, "Morning, Mrs Barraclough. What are we having this week?"),
         (U, "A nice leg of lamb, please. Our grandson's home from university on Sunday."),
         (C, "Oh, that's lovely. How's he getting on down there?"),
         (U, "Very well, he says. He's studying engineering, and he's found himself a part-time job at the library."),
         (C, "Good lad. This one's about four pounds, that'll do the lot of you with leftovers for Monday."),
         (U, "Perfect. It's been busy in here this morning, hasn't it?"),
         (C, "It has, but I don't mind. The sun's out, I had a bacon sandwich at ten, and I've got my feet up at two."),
         (U, "That sounds like a good day to me."),
         (C, "It is. That's twenty-four pounds sixty, love. Give him our best."),
         (U, "I will, thank you."),
     ]),
    ("q13", "Irish country hardware shop", [],
     "NOT gossip: a colleague praised for his know-how in a product context, and the manager named only for a paraffin rule",
     [
         (C, "Morning, Mr Brennan. What has you in today?"),
         (U, "The hinge on the back field gate is after snapping. I brought the old one with me."),
         (C, "Ah, that's a heavy one. Declan out in the yard knows gate fittings better than anyone. He'll match that for you in two minutes."),
         (U, "Grand. He sorted me out with the fencing wire last year."),
         (C, "He did, he's very good. You'll want galvanised bolts with it too, they won't rust on you."),
         (U, "Good thinking. And a can of paraffin while I'm here."),
         (C, "We can only sell it in the sealed cans now, I'm afraid. Mr Fahy, the manager, made that the rule after the safety inspection."),
         (U, "Fair enough, a sealed can so."),
         (C, "That's thirty-four euro eighty with the hinge and the bolts."),
         (U, "There you are. Thanks a million."),
     ]),
    ("q14", "Cornish newsagent", [],
     "NOT gossip: the customer gossips at length about a neighbour's daughter-in-law; the cashier deflects politely and does not join in",
     [
         (U, "Morning. The Radio Times, please, and a packet of mints."),
         (C, "Morning, Mrs Trewin. There you are."),
         (U, "Have you seen the new car outside the Penhaligons'? Their daughter-in-law's bought it on credit, you know. Spends money like water, that one."),
         (C, "Oh, I couldn't say, I'm sure."),
         (U, "And she's never there for the children. Out every night, so I hear, and him working all hours on the boats."),
         (C, "Well, it's none of my business, really. Did you want your Western Morning News as well?"),
         (U, "Go on, then. I'm only saying what everyone's thinking."),
         (C, "That's four pounds forty altogether, please."),
         (U, "Here you are."),
         (C, "Thank you. Mind how you go on those steps, they're slippery."),
     ]),
    ("q15", "Cotswolds tearoom till", [],
     "NOT a repeat: the cake order is read back once to confirm it; the name question is a different question",
     [
         (U, "Good afternoon. I'd like to order some cakes for the WI meeting on Friday, please."),
         (C, "Of course. What would you like?"),
         (U, "Two Victoria sponges, one lemon drizzle, and two dozen plain scones."),
         (C, "Lovely. And when would you like to collect them?"),
         (U, "Friday morning, about ten, if that's all right."),
         (C, "That's fine. So that's two Victoria sponges, one lemon drizzle and two dozen plain scones, for ten o'clock on Friday. Have I got that right?"),
         (U, "Perfect, yes."),
         (C, "And what name shall I put it under?"),
         (U, "Mrs Ellis, for the Chipping Norton WI."),
         (C, "Thank you, Mrs Ellis. You can pay when you collect."),
     ]),
    ("q16", "Welsh village chemist", [],
     "NOT a repeat: one question re-asked in other words only after the customer's 'sorry?'; the other checks share a shape but ask different things",
     [
         (U, "Could I have something for hay fever, please?"),
         (C, "Of course. Are these for yourself?"),
         (U, "Sorry, love? I didn't catch that."),
         (C, "Are the tablets for you, or for someone else?"),
         (U, "For me. It's been dreadful this week."),
         (C, "Have you taken anything for it before?"),
         (U, "The ones in the green box, last summer."),
         (C, "Are you on any other medicines at the moment?"),
         (U, "Just my thyroid tablet in the morning."),
         (C, "That's fine with these. Do you drive at all? Some of them can make you drowsy."),
         (U, "Not any more, my son takes me."),
         (C, "Then these will suit you. That's four pounds fifty, please."),
     ]),
    ("q17", "Welsh village chemist", [],
     "NOT rushed: one recommendation tailored to the customer's blood pressure tablets, then the usual bag and receipt questions spread through a relaxed visit",
     [
         (C, "Prynhawn da, Mrs Morgan. How can I help?"),
         (U, "I've got a horrible cold, and I wanted something to clear my head."),
         (C, "Are you still on the tablets for your blood pressure?"),
         (U, "Yes, every morning."),
         (C, "Then I'd steer you away from the ones with a decongestant. This menthol inhaler and some paracetamol would be kinder to you."),
         (U, "Oh, thank you. I didn't know that."),
         (C, "Plenty of fluids and an early night, too. Would you like a bag for those?"),
         (U, "No, they'll go in my handbag."),
         (C, "Right you are. That's five pounds twenty, please."),
         (U, "Here you are."),
         (C, "Thank you. Would you like the receipt?", {"pause": 3.0}),
         (U, "No, thank you. Diolch."),
         (C, "I hope you feel better soon."),
     ]),
    ("q18", "Irish country hardware shop", [],
     "NOT rushed: a loyalty card mentioned once early and a calendar much later, after a long pause mixing paint, in a relaxed chatty visit",
     [
         (C, "Afternoon, Mr Doherty. Are you well?"),
         (U, "Not too bad at all. I need a tin of green paint for the shed, and a couple of brushes."),
         (C, "We'll mix that for you. We've a loyalty card now, by the way, a stamp for every ten euro, if you'd like one."),
         (U, "Ah, sure, go on, I'm in here often enough."),
         (C, "Here you are. What shade of green were you thinking?"),
         (U, "Something like the old one. Forest green, I suppose. The hens have been pecking at the door and it's all flaking."),
         (C, "This one's close. It'll take a few minutes in the machine."),
         (U, "No rush. Terrible weather we've had, all the same."),
         (C, "Dreadful. Right, that's your paint mixed.", {"pause": 25.0}),
         (U, "Lovely, that looks just right."),
         (C, "The new calendars are on the counter as well, if you'd like one for the kitchen. No charge for loyalty customers."),
         (U, "I'll take one, thanks. The wife likes those."),
         (C, "That's twenty-eight euro fifty with the brushes."),
         (U, "There you go. Good luck now."),
     ]),
]

if __name__ == "__main__":
    build("heldout94", HELDOUT94, 941)
