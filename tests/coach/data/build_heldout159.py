# ruff: noqa: E501
"""Build the coach's held-out set 159: written by writer-159 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation): staff at counters
in the Cotswolds and Oxford: a farm shop, a deli, an independent bookshop, a
garden centre cafe, a cheese shop and an antiques counter. Polite, understated
southern English ("rather", "I'm afraid", "lovely", "do you know"), gossip
hinted at rather than said outright, and the cashier sometimes speaks twice in
a row.

Mix: 4 gossip (the vicar's wife and the churchwarden, a previous customer's
unpaid account, the owner's son's cocaine habit, the cashier's own husband's
hidden redundancy), 4 repeated_question (which cheese, how many rolls with a
number-only answer, hardback or paperback, collection day), 3 rushed_upsell
(loyalty card, hamper, newsletter, membership and charity raffle pushed at
customers in a hurry), 7 hard "not" cases (warm chat about the customer's own
garden; the owner named and praised for a work reason, with the customer
repeating their own question; the customer gossips while the cashier deflects;
an order read back to confirm it; a "sorry?" re-ask and different questions of
the same shape; one tailored recommendation with the bag and receipt questions;
two offers far apart in a relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT159 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Cotswold farm shop",
        ["gossip"],
        "cashier hints that the vicar's wife and the churchwarden are having an affair while the vicar is away",
        [
            (C, "Morning, Mrs Tilling. Just the eggs and the sausages today?"),
            (U, "And a jar of the damson jam, please."),
            (C, "Lovely. That's the last of the damson, as it happens."),
            (C, "I don't suppose you were at evensong on Sunday?"),
            (U, "No, we were at my sister's in Burford."),
            (
                C,
                "Well. I shan't say a word, but the vicar's wife and Mr Pembury were doing the church flowers again. Third time this month, and the vicar away at his conference.",
            ),
            (U, "Oh?"),
            (
                C,
                "His Volvo was outside the vicarage until gone eleven on Thursday, do you know. Flower arranging, apparently. One does rather wonder what they were arranging.",
            ),
            (U, "Goodness. How much do I owe you?"),
            (C, "Eleven pounds forty, please."),
            (U, "There we are."),
            (C, "Thank you. Mum's the word, mind."),
        ],
    ),
    (
        "q02",
        "Oxford deli",
        ["gossip"],
        "cashier tells the next customer that the woman who just left has an unpaid account and hints at money trouble at home",
        [
            (C, "Hello there, sorry to keep you waiting."),
            (U, "Not at all. Could I have a quarter of the Serrano and two of the custard tarts?"),
            (C, "Of course."),
            (C, "Did you notice the lady who was just in, in the camel coat?"),
            (U, "Vaguely."),
            (
                C,
                "She's had an account with us since the autumn and hasn't paid a penny of it. Nearly four hundred pounds, I'm afraid, and she'd just ordered a whole truffle Brie for her drinks party.",
            ),
            (
                C,
                "Her husband's something in the City, supposedly, though you do hear things about that house being remortgaged. I'd not give her a penny more credit, but it's not my shop.",
            ),
            (U, "Ah. Well. Just the ham and the tarts for me."),
            (C, "Nine pounds twenty, then."),
            (U, "Is card all right?"),
            (C, "Perfect, pop it in whenever you're ready."),
        ],
    ),
    (
        "q03",
        "antiques counter, Woodstock",
        ["gossip"],
        "cashier reveals the owner's son's cocaine habit, that he took the float, and the cover story about his clinic",
        [
            (
                U,
                "Hello, I wondered whether the little silver vinaigrette in the window is still for sale.",
            ),
            (C, "It is, yes. Let me fetch the key."),
            (C, "There we are. Georgian, Birmingham hallmark. It's a hundred and ten."),
            (U, "Lovely. I'll take it."),
            (
                C,
                "You're lucky to catch me, actually. I'm holding the fort on my own since young Hugo has been, shall we say, indisposed.",
            ),
            (U, "Oh dear, is he unwell?"),
            (
                C,
                "Not unwell exactly. His father, Mr Lacey, who owns the place, found a little folded envelope of white powder in the Georgian bureau, and it wasn't sherbet. That's where the float's been going every weekend, if you ask me.",
            ),
            (
                C,
                "Poor Mr Lacey's beside himself. He's packed him off to some clinic in Wiltshire and told everyone at the golf club it's a gap year.",
            ),
            (U, "I see. Gosh. Could you wrap it, please? It's a present."),
            (C, "Of course. Tissue and a little box. Card or cash?"),
            (U, "Card, please."),
        ],
    ),
    (
        "q04",
        "independent bookshop, Summertown",
        ["gossip"],
        "cashier overshares that her husband was made redundant and pretends to go to work so the neighbours won't know",
        [
            (C, "Hello again. Did you get on with the Hilary Mantel?"),
            (U, "I did, thank you. I've come back for the next one."),
            (C, "Oh good, here it is. Fourteen ninety-nine."),
            (U, "You look a little tired, if you don't mind my saying."),
            (
                C,
                "Oh, I'm all right. Well, actually, between ourselves, things are rather fraught at home.",
            ),
            (
                C,
                "Martin was let go in February. Thirty years at the firm and a fortnight's notice. He still puts his suit on every morning and drives off at eight so the neighbours don't twig. Sits in the Park and Ride doing the crossword, I think.",
            ),
            (U, "Oh, I'm so sorry."),
            (
                C,
                "I've not told a soul, not even my sister. We're living off the savings and he won't hear of anyone knowing. Sorry, you didn't come in for all that.",
            ),
            (U, "Not at all. Shall I pay by card?"),
            (C, "Yes, that's fine. Just tap there whenever you're ready."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "cheese shop, Stow-on-the-Wold",
        ["repeated_question"],
        "cashier asks again which cheese the customer wants after she named and pointed at it, following chat about her dinner party",
        [
            (C, "Good afternoon. What can I get you?"),
            (U, "I'd like some of the Rollright, please. A wedge for four people."),
            (C, "Lovely choice. It's beautifully ripe at the moment."),
            (U, "We've friends coming tomorrow, so I thought something local."),
            (C, "Oh, how nice. Are you cooking?"),
            (U, "Just a slow lamb thing, nothing fancy. My husband's doing the pudding."),
            (
                C,
                "Well, that sounds perfect. Now, which of the cheeses was it you were after for the board?",
            ),
            (U, "The Rollright. The one I pointed at."),
            (C, "Of course, yes. About three hundred grams?"),
            (U, "That's fine."),
            (C, "That's eleven pounds sixty, please."),
        ],
    ),
    (
        "q06",
        "farm shop near Charlbury",
        ["repeated_question"],
        "customer answered 'twelve' to how many rolls; after chat about frost and lambing the cashier asks the number again",
        [
            (C, "Morning! Rolls for the weekend?"),
            (U, "Please. The white bloomer rolls."),
            (C, "How many would you like?"),
            (U, "Twelve."),
            (C, "Right you are."),
            (C, "Bitter out there this morning, isn't it? They said another frost tonight."),
            (U, "The car was iced over. Still, the lambs seem to be coping."),
            (C, "Oh, they're hardy little things. Busy week with them?"),
            (U, "Twins on Tuesday, so not much sleep."),
            (C, "I can imagine. Now, how many of the rolls did you say you wanted?"),
            (U, "Twelve, please."),
            (C, "Twelve. Lovely. That's six pounds."),
        ],
    ),
    (
        "q07",
        "independent bookshop, Oxford",
        ["repeated_question"],
        "customer chose the paperback; after chat about her father's birthday the cashier asks hard or soft covers again",
        [
            (U, "Hello, have you got the new Robert Harris?"),
            (
                C,
                "We have. It's on the table by the door. Would you like the hardback, or there's a trade paperback that's a bit cheaper?",
            ),
            (U, "Paperback, please. It's for my father and he reads in the bath."),
            (C, "Very sensible. Is it for his birthday?"),
            (U, "His eightieth, on Sunday. We're taking him to the Trout at Wolvercote."),
            (C, "Oh, lovely spot. Do try to get a table by the river if it's fine."),
            (C, "Right, let me find one for you. Did you want it in hard covers or soft?"),
            (U, "Soft, as I said. The paperback."),
            (C, "Of course. Shall I gift wrap it?"),
            (U, "Yes, please."),
            (C, "That's twelve pounds, then."),
        ],
    ),
    (
        "q08",
        "deli, Burford",
        ["repeated_question"],
        "customer gave Christmas Eve morning as the collection time; after chat about family the cashier asks what day she'll collect",
        [
            (C, "Hello, are you here about the Christmas orders?"),
            (U, "Yes, I'd like to order a ham and a game pie."),
            (C, "Wonderful. I'll just take the details. What's the name?"),
            (U, "Fairbrother."),
            (C, "And when would you like to pick them up?"),
            (U, "Christmas Eve morning, if that's possible."),
            (C, "That's fine, we're open till one."),
            (U, "We've the whole family descending this year. Twelve of us."),
            (C, "Goodness, you'll have your hands full. Is everyone staying with you?"),
            (U, "Most of them. The in-laws are at the pub in the village."),
            (C, "Very wise. Right, and what day were you thinking of coming in to collect?"),
            (U, "Christmas Eve. In the morning."),
            (C, "Lovely, I'll put you down."),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "farm shop on the A44",
        ["rushed_upsell"],
        "customer parked on double yellows; loyalty card, Christmas hamper and newsletter sign-up fired off back to back",
        [
            (U, "Just these, please. I'm terribly sorry, I'm on the double yellows outside."),
            (C, "No problem at all. Seven pounds eighty."),
            (C, "Have you got one of our loyalty cards? Every tenth shop is ten percent off.", RR),
            (U, "No, I...", R),
            (
                C,
                "I'll pop one in the bag. And while you're here, we're taking orders for the Christmas hampers, there's a leaflet, the big one's got the sloe gin in.",
                R,
            ),
            (
                C,
                "And if you jot your email on the sheet by the till you'll get our newsletter, first pick of the turkeys.",
                R,
            ),
            (U, "Honestly, I've really got to dash.", R),
            (C, "Of course. Just the card, then, tap away."),
            (U, "Thanks."),
        ],
    ),
    (
        "q10",
        "garden centre cafe, Bourton",
        ["rushed_upsell"],
        "customer with a bus to catch gets a Friends membership, a hospice raffle and a coffee stamp card pushed in quick succession",
        [
            (U, "A flat white to take away, please. I've a bus to catch."),
            (
                C,
                "Of course. Are you a Friends of the garden centre member? You'd get ten percent off today.",
                RR,
            ),
            (U, "I'm not, no.", R),
            (C, "It's only twelve pounds a year, I can sign you up now, it takes a minute.", R),
            (
                C,
                "And we're selling raffle tickets for the hospice, a pound a strip, first prize is a greenhouse.",
                R,
            ),
            (U, "Er...", R),
            (C, "Oh, and did you want a stamp card for your coffees? The tenth one's free.", R),
            (U, "No, thank you, really. Just the coffee.", R),
            (C, "Three twenty, then."),
            (U, "Here. Thanks."),
        ],
    ),
    (
        "q11",
        "cheese shop, Moreton-in-Marsh",
        ["rushed_upsell"],
        "customer with a train in ten minutes is pushed a hamper, the newsletter and air ambulance raffle tickets back to back",
        [
            (U, "Could I just have that piece of Stilton? I've a train in ten minutes."),
            (C, "Certainly. That's eight fifty."),
            (U, "Lovely, card please."),
            (
                C,
                "Have you seen our Christmas hampers? We do a Cotswold one with Stilton, port and oatcakes.",
                RR,
            ),
            (
                C,
                "And you can go on our mailing list for the newsletter, there's a tasting evening every month.",
                R,
            ),
            (U, "I'm rather pressed...", R),
            (
                C,
                "We're also doing a raffle for the air ambulance, two pounds a ticket. Would you like a couple?",
                R,
            ),
            (U, "No, honestly, just the Stilton. The train.", R),
            (C, "Oh, of course. There you are."),
        ],
    ),
    # ------------------------------------------------------- hard "not" cases
    (
        "q12",
        "garden centre cafe, near Chipping Norton",
        [],
        "not gossip: warm chat about the customer's own new garden and rose; no offers, no repeats",
        [
            (C, "Hello, what can I get you?"),
            (U, "A pot of Earl Grey and a slice of the lemon drizzle, please."),
            (C, "Lovely. You look as if you've been busy out in the plant area."),
            (
                U,
                "I have. Three box balls and a climbing rose. We've just moved to Chipping Norton and the garden's a blank slate.",
            ),
            (C, "Oh, how exciting. Which rose did you go for?"),
            (U, "A Gertrude Jekyll. My mother had one by her back door."),
            (
                C,
                "That's a gorgeous one, and the scent is wonderful. It'll love a south-facing wall.",
            ),
            (C, "You'll have to come back in June and tell us how it's getting on."),
            (U, "I will. My husband calls it my retirement project."),
            (C, "Well, it's a lovely one to have. That's six pounds ten, please."),
            (U, "There you are."),
            (C, "Thank you. I'll bring the tea over to you."),
        ],
    ),
    (
        "q13",
        "antiques counter, Oxford",
        [],
        "not gossip: the owner named and praised for his restoration work and his whereabouts given for a work reason; the customer repeats her own question",
        [
            (U, "Excuse me, could you tell me a bit about the longcase clock at the back?"),
            (
                C,
                "Of course. It's by an Oxford maker, about seventeen eighty. Mr Hale, who owns the shop, restored the movement himself over the winter.",
            ),
            (U, "Is it going?"),
            (
                C,
                "It is. He's awfully good with clocks, he trained at West Dean. Honestly, he's the person to ask about the case.",
            ),
            (U, "Is he in today?"),
            (
                C,
                "Not today, I'm afraid, he's buying at the Newark fair. He'll be here on Thursday morning.",
            ),
            (U, "And is it going, I mean properly keeping time? Sorry, I asked that badly."),
            (
                C,
                "Yes, it keeps very good time. We wind it on Mondays, and it loses perhaps a minute a week.",
            ),
            (C, "I'll let him know you were asking. He'll be delighted, it's his favourite piece."),
            (U, "Thank you. I'll come back on Thursday."),
            (C, "Lovely. We open at ten."),
        ],
    ),
    (
        "q14",
        "farm shop, Windrush valley",
        [],
        "not gossip: the customer gossips about neighbours while the cashier politely deflects back to the eggs",
        [
            (U, "Morning. Half a dozen eggs and a pint of the Jersey milk, please."),
            (C, "Morning. There's the milk."),
            (
                U,
                "Have you heard about the Hendersons at Manor Farm? Apparently she's gone off with the man who did their kitchen.",
            ),
            (C, "I couldn't say, I'm afraid. Was it the large eggs or the mediums?"),
            (U, "Large. Only Pat at the post office says he's been sleeping in the barn."),
            (
                C,
                "Oh, I really wouldn't know. Would you like a box for those, or have you brought one back?",
            ),
            (U, "I've brought one. You must hear everything, working here."),
            (C, "Not really, mostly the weather. That'll be four pounds ten."),
            (U, "Well, you'll see. Here you are."),
            (C, "Thank you. Mind the step on the way out, it's slippery."),
        ],
    ),
    (
        "q15",
        "deli, Witney",
        [],
        "not a repeat: the cashier reads the order back to confirm it, and asks different questions (slicing, still or sparkling)",
        [
            (C, "Hello, who's next?"),
            (
                U,
                "Me, I think. Could I have two hundred grams of the Bayonne ham, a tub of the green olives and a small sourdough?",
            ),
            (C, "Of course. Sliced thin, the ham?"),
            (U, "Yes, please, it's for a picnic at Minster Lovell."),
            (C, "Oh, perfect day for it."),
            (
                C,
                "Right, so that's two hundred of the Bayonne, the green olives and a small sourdough. Have I got that right?",
            ),
            (U, "That's it. Oh, and a bottle of the elderflower."),
            (C, "Still or sparkling?"),
            (U, "Sparkling."),
            (C, "Lovely. Eighteen pounds forty altogether."),
            (U, "Card, please."),
            (C, "Whenever you're ready."),
        ],
    ),
    (
        "q16",
        "garden centre cafe, Kidlington",
        [],
        "not a repeat: one re-ask after the customer says 'sorry?' over the grinder, then different questions of the same shape about the order",
        [
            (C, "Hello. What can I get you?"),
            (U, "Two cappuccinos and a cheese scone, please."),
            (C, "Would you like chocolate on the cappuccinos?"),
            (U, "Sorry?"),
            (C, "Sorry, the grinder's going. Chocolate on top of the cappuccinos?"),
            (U, "Oh, yes, on both, please."),
            (C, "And would you like the scone warmed?"),
            (U, "Yes, please."),
            (C, "Would you like butter with it, or the chutney?"),
            (U, "Butter's fine."),
            (C, "Lovely. That's nine eighty. I'll bring it all over. What number's your table?"),
            (U, "Fourteen, by the window."),
            (C, "Perfect."),
        ],
    ),
    (
        "q17",
        "cheese shop, Chipping Campden",
        [],
        "not rushed: one tailored fondue recommendation, then the routine bag and receipt questions in a relaxed visit",
        [
            (C, "Afternoon. Can I help at all, or are you browsing?"),
            (
                U,
                "I'm making a fondue on Saturday for my son's birthday, and I've no idea what to buy.",
            ),
            (C, "Oh, how fun. How many of you?"),
            (U, "Six, with the children."),
            (
                C,
                "Then I'd go half Gruyère and half Vacherin Fribourgeois. The Vacherin makes it lovely and smooth. About a kilo altogether would do six.",
            ),
            (U, "Perfect, let's do that."),
            (U, "Is it all right for children, with the wine in it?"),
            (
                C,
                "Most of it cooks off, though some people do a little pot with apple juice for the young ones.",
            ),
            (C, "There we are. Do you need a bag, or are you all right?", {"pause": 6.0}),
            (U, "I've got one, thanks."),
            (C, "That's thirty-one pounds twenty. Would you like the receipt?", {"pause": 3.0}),
            (U, "No, thank you."),
            (C, "Have a lovely party."),
        ],
    ),
    (
        "q18",
        "independent bookshop, Chipping Norton",
        [],
        "not rushed: an author talk mentioned early and a stamp card offered minutes later at the till, in a relaxed visit",
        [
            (C, "Morning. Just shout if you need anything."),
            (
                U,
                "Thank you. Actually, do you have anything on the history of the Cotswold wool trade?",
            ),
            (
                C,
                "We do, there's a lovely one from a little local press. Local history's just behind you, second shelf.",
            ),
            (U, "Oh yes, found it."),
            (
                C,
                "If that's your sort of thing, the author's giving a talk here on the fourteenth. Tickets are five pounds, and there's a list on the counter if you'd like to come.",
            ),
            (U, "Oh, I might. Let me have a think."),
            (U, "I'll take this one, and this map of Oxfordshire walks.", {"pause": 240.0}),
            (C, "Lovely. Are you walking this weekend?"),
            (U, "Hoping to, from Kingham over to Bledington, if the rain holds off."),
            (C, "That's a gorgeous route, and the pub at Bledington does a very good lunch."),
            (
                C,
                "Do you have one of our stamp cards, by the way? Every ten books you get five pounds off.",
            ),
            (U, "I don't, but go on then."),
            (C, "There you are, two stamps on it already. That's twenty-two fifty altogether."),
            (U, "Thank you so much."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout159", HELDOUT159, 1591)
