# ruff: noqa: E501
"""Build the coach's held-out set 62: written BLIND by writer-62, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_dev.py's note style and build_heldout678.py's helpers were read, for the format); not tuned against the coach.

Imagined authors and settings (written WITH normal case and punctuation, as a
person would type it): rural and small-town Britain and Ireland - a Cornish farm
shop, a Yorkshire village post office, a Welsh hardware store, a Donegal petrol
station, a Highland craft shop and a Norfolk pub off-sales counter.

Mix (aimed at precision; a false nudge costs more than a miss), 18 conversations:
  4 gossip            village-style: a farmer's debts, who is courting whom, the
                      vicar's wife, the cashier's own family feud, a colleague's
                      private life (mostly hinted, one said outright).
  4 repeated_question one about the journey, one about the customer's dog, two
                      about the order; each asked again in new words after a
                      clear answer.
  3 rushed_upsell     local offers (village hall raffle, loyalty card, newspaper
                      subscription, gift voucher, lottery ticket) fired off in
                      quick succession with R / RR pacing.
  7 unlabelled hard near-misses: warm personal chat and the cashier's harmless
                      day; a colleague praised for a product and the manager named
                      only for a rule; a customer who gossips while the cashier
                      deflects; an order read back to confirm it; a "Sorry?"
                      re-ask plus different questions of the same shape; one
                      tailored recommendation with the usual bag and receipt
                      questions; two offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT62 = [
    # ---------------------------------------------------------------- gossip
    ("q01", "Cornish farm shop", ["gossip"],
     "cashier hints that the farmer who supplies the eggs is drowning in debt (bailiffs, the bank, selling the herd) - a third party's money troubles, told to a stranger",
     [
         (C, "Morning! Just the eggs and the bacon today?"),
         (U, "And a pint of the raw milk, if you've got any left."),
         (C, "Last one, you're in luck. Enjoy those eggs while you can, mind."),
         (U, "Why, are the hens packing up?"),
         (C, "Not the hens. Let's just say Trevenna's had a couple of men in suits up his lane this month, and they weren't from the Young Farmers."),
         (U, "Oh dear."),
         (C, "Word is the bank's lost patience. He's already sold half the herd on the quiet and his wife doesn't know the half of it."),
         (U, "Right. How much do I owe you?"),
         (C, "Eight pound forty, my love."),
         (U, "There you go, keep the change."),
     ]),
    ("q02", "Yorkshire village post office", ["gossip"],
     "postmistress insinuates the vicar's wife is carrying on with the church organist, going by the parcels and his car outside the vicarage - village courting gossip, hinted but unmistakable",
     [
         (U, "Hello, could I get a book of second-class stamps, please?"),
         (C, "Course you can, love. Twelve, is it?"),
         (U, "Twelve's fine."),
         (C, "You're at the vicarage end, aren't you? Has Mrs Ackroyd said owt to you about her visitor?"),
         (U, "Her visitor? No, I barely know her."),
         (C, "Well. The organist's car's been outside that vicarage every Tuesday while the vicar's at his deanery meetings. And she's been collecting parcels addressed to him here, if you please."),
         (U, "I'm sure there's a simple explanation."),
         (C, "Oh aye, I'm sure there is. Hymn practice, I expect."),
         (C, "That's nine pound sixty for the stamps."),
         (U, "Card, please."),
     ]),
    ("q03", "Welsh hardware store", ["gossip"],
     "cashier tells her own private family drama: the feud with her sister over their late mother's bungalow and the will, unprompted, while ringing up a padlock",
     [
         (U, "Just this padlock and a tin of Hammerite, please."),
         (C, "Padlock, is it? Wish I'd bought one of these for Mam's shed before my sister got her hands on the key."),
         (U, "Oh?"),
         (C, "Don't get me started. She had the bungalow on the market before we'd even had the funeral tea. Changed the will when Mam was in the home, if you ask me."),
         (U, "That sounds awful."),
         (C, "We haven't spoken since March. My husband says let it go, but she took Mam's rings and all, the cheek of her."),
         (U, "Sorry to hear it. How much is that?"),
         (C, "Fourteen ninety-eight, bach."),
     ]),
    ("q04", "Donegal petrol station", ["gossip"],
     "said outright: cashier tells the customer his colleague on nights is cheating on her fiance with a garda - a colleague's private life, named, to a customer",
     [
         (C, "Howya. Pump three, is it?"),
         (U, "Pump three, and twenty Benson, please."),
         (C, "No bother. You didn't see Sinead in here last night by any chance?"),
         (U, "Who? No, I was only passing through."),
         (C, "She works the nights with me. She's only seeing that guard from Letterkenny behind her fiance's back, and the wedding booked for August. The whole town knows except him."),
         (U, "Jesus."),
         (C, "I know. He was in here Tuesday asking me had she been acting odd. What was I supposed to say?"),
         (U, "I'd say nothing. What's the damage?"),
         (C, "Sixty-two forty altogether."),
         (U, "Card, thanks."),
     ]),
    # ---------------------------------------------------- repeated_question
    ("q05", "Highland craft shop", ["repeated_question"],
     "cashier asks where the customer has come from; the customer says clearly they drove up from Glasgow this morning; a few turns later the cashier asks again in other words which way they travelled today",
     [
         (C, "Hello there. Have you come far?"),
         (U, "We drove up from Glasgow this morning. Left about six."),
         (C, "That's an early start. Are these two the ones you're after?"),
         (U, "Yes, the wee bowl with the heather glaze and this tea towel."),
         (C, "Lovely choice, the bowl's made by a potter up at Achiltibuie."),
         (U, "I thought it looked handmade."),
         (C, "So whereabouts have you travelled up from today?"),
         (U, "Glasgow. Like I said, this morning."),
         (C, "Oh, so you did. That'll be thirty-four fifty."),
     ]),
    ("q06", "Norfolk pub off-sales counter", ["repeated_question"],
     "cashier asks the dog's name and gets a clear answer (Bramble, a two-year-old springer); later asks again in new words what the dog is called",
     [
         (U, "Evening. Four bottles of the Woodforde's Wherry to take away, please."),
         (C, "Right you are. Is that your dog tied up by the door?"),
         (U, "That's her. Bramble, she's a springer, just turned two."),
         (C, "She's a beauty. My brother had springers, mad as anything."),
         (U, "She's not too bad once she's had her run on the marshes."),
         (C, "I'll wrap these in a bit of paper so they don't clink. What do you call her, the little dog?"),
         (U, "Bramble."),
         (C, "Nice name. Eleven pound eighty, please."),
         (U, "There you go."),
     ]),
    ("q07", "Welsh hardware store", ["repeated_question"],
     "customer clearly says three metres of the galvanised chain; after cutting it the cashier asks again in other words what length was wanted",
     [
         (U, "Hiya. Can I have some of that galvanised chain off the reel? Three metres, please."),
         (C, "Three metres, no problem. Is this for a gate?"),
         (U, "Field gate, aye. The sheep keep pushing it open."),
         (C, "They're clever like that. I'll cut it for you now.", {"pause": 1.5}),
         (C, "Now then, how long a piece did you need off it?", {"pause": 6.0}),
         (U, "Three metres. I said."),
         (C, "Right you are, there's your three. That's eighteen pound sixty."),
         (U, "Card, please."),
     ]),
    ("q08", "Yorkshire village post office", ["repeated_question"],
     "customer clearly chooses first class for the parcel; after weighing it the cashier asks again, in different words, whether it should go first or the slower service",
     [
         (U, "Morning. I need to post this to my son in Bristol, first class, please."),
         (C, "Pop it on the scales for me, love."),
         (U, "It's only a couple of books."),
         (C, "Nine hundred grams, so that's a small parcel."),
         (U, "I thought it might be."),
         (C, "And are we sending it the quicker way or the standard?"),
         (U, "First class, like I said."),
         (C, "That'll be five pound sixty-five then."),
         (U, "Thank you."),
     ]),
    # -------------------------------------------------------- rushed_upsell
    ("q09", "Cornish farm shop", ["rushed_upsell"],
     "village hall raffle, loyalty card, gift vouchers and the veg box scheme fired off one after another inside a few seconds; customer gets only 'no thanks' in",
     [
         (U, "Just the pasties, please. Two steak."),
         (C, "Two steak, lovely. Do you want a strip of raffle tickets for the village hall roof? Pound a strip.", RR),
         (U, "Oh, no, thanks.", R),
         (C, "Have you got one of our loyalty cards? Tenth pasty's free.", R),
         (U, "No.", R),
         (C, "We've got gift vouchers for Christmas too, and the veg box is half price for the first month if you sign up today.", R),
         (U, "I'm all right, honestly. Just the pasties.", R),
         (C, "No problem. Seven pound eighty.", R),
     ]),
    ("q10", "Donegal petrol station", ["rushed_upsell"],
     "lottery ticket, newspaper subscription, loyalty app and a hot food deal pushed in quick succession while the customer only wants to pay for diesel",
     [
         (U, "Diesel on pump five, please."),
         (C, "Fifty euro on five. Any Lotto for you tonight? It's a big one, eight million.", RR),
         (U, "No, you're grand.", R),
         (C, "Would you take the Democrat every week? We can have it kept for you behind the counter.", R),
         (C, "And have you the loyalty app? You'd get the points on that fuel.", R),
         (U, "No, I'm in a bit of a rush.", R),
         (C, "Chicken fillet roll and a coffee is five euro today if you're hungry.", R),
         (U, "Just the diesel, thanks.", R),
         (C, "Grand. Tap there when you're ready.", R),
     ]),
    ("q11", "Norfolk pub off-sales counter", ["rushed_upsell"],
     "lifeboat raffle, quiz-night email list, a gift voucher and a loyalty stamp card rattled off back to back; customer barely answers",
     [
         (U, "A bottle of the house red to take out, please."),
         (C, "Twelve fifty. Do you want a raffle ticket for the lifeboat? Draw's on Friday.", RR),
         (U, "Er, no.", R),
         (C, "Can I take your email for the quiz nights? And we do gift vouchers if you've got a birthday coming up.", R),
         (U, "No, thank you.", R),
         (C, "Do you want a stamp card? Ten bottles and the next one's on us.", R),
         (U, "Just the wine, really.", R),
         (C, "Fair enough, card or cash?", R),
         (U, "Card."),
     ]),
    # ------------------------------------------------------ hard near-misses
    ("q12", "Highland craft shop", [],
     "NOT gossip: warm chat about the customer's granddaughter's graduation and the customer's own plans; the cashier only mentions her own harmless quiet morning watching the rain - no third party talked about behind their back, no private drama",
     [
         (C, "Hello again! Did you decide on the scarf in the end?"),
         (U, "I did, the blue one. It's for my granddaughter, she graduates from Aberdeen next month."),
         (C, "Oh, congratulations to her. What's she been studying?"),
         (U, "Marine biology. She wants to work with the dolphins on the Moray Firth."),
         (C, "Well, she's picked a good spot for it. That blue will look lovely with her gown."),
         (U, "That's what I thought. Are you busy today?"),
         (C, "Quiet as anything. I've had a coffee and watched the rain come across the loch, so no complaints."),
         (U, "Sounds like a good morning to me."),
         (C, "That's forty-two pounds. I'll pop some tissue paper round it for you."),
         (U, "Thank you, that's very kind."),
     ]),
    ("q13", "Welsh hardware store", [],
     "NOT gossip: a colleague is named and praised only for his skill with the product (key cutting), and the owner is named only to explain a shop rule about paraffin containers",
     [
         (U, "Hello. I need two spare keys cut for the back door, and a gallon of paraffin."),
         (C, "Keys are Gareth's department. He's round the back; he's the best key cutter in the valley, honestly, never had one come back."),
         (U, "Oh, good. The last lot I had done didn't turn."),
         (C, "He'll sort that. Did you bring a can for the paraffin?"),
         (U, "I've got an old milk bottle in the car."),
         (C, "Sorry, Mr Pritchard's rule, we can only fill proper marked fuel cans. I can sell you one for six pound."),
         (U, "Go on then, fair enough."),
         (C, "Gareth, two of these for the lady when you've a minute?"),
         (C, "Keys are ready, see. That's sixteen forty with the can.", {"pause": 8.0}),
         (U, "Lovely, thank you."),
     ]),
    ("q14", "Yorkshire village post office", [],
     "NOT gossip: the CUSTOMER gossips at length about a neighbouring farmer's debts and his son's girlfriend; the postmistress deflects each time and steers back to the parcel without adding anything",
     [
         (U, "Have you heard about Dennis at Low Moor? Bank's taking the farm, they reckon."),
         (C, "I hadn't, no. What can I do for you today?"),
         (U, "This parcel for Leeds. And his lad's courting that lass from the chip shop, the one who was married before. Dennis is fuming."),
         (C, "I couldn't tell you, love, I keep out of all that. Is there anything valuable inside?"),
         (U, "Just a jumper. Mind, if I were her I'd want to see the books before I married into that lot."),
         (C, "Well, it's none of my business. Second class will get there by Thursday."),
         (U, "Second's fine."),
         (C, "Three pound ninety-five, then."),
         (U, "There you go. Don't say I told you."),
         (C, "I won't be saying anything. Thanks, love."),
     ]),
    ("q15", "Donegal petrol station deli counter", [],
     "NOT a repeated question: the cashier reads the whole order back once to confirm it, and the customer corrects one detail - a normal confirmation, not re-asking an answered question",
     [
         (U, "Can I get two breakfast rolls, one with no pudding, a large tea and a can of Club Orange?"),
         (C, "Course. Brown sauce or red on them?"),
         (U, "Brown on both."),
         (C, "So that's two breakfast rolls with brown sauce, one without the pudding, a large tea and a Club Orange. That right?"),
         (U, "That's it. Actually, make the tea a coffee."),
         (C, "Coffee instead, no bother. Milk in it?"),
         (U, "Just a drop."),
         (C, "Eleven eighty for the lot. They'll be two minutes."),
     ]),
    ("q16", "Norfolk pub off-sales counter", [],
     "NOT a repeated question: the cashier re-asks once only because the customer didn't hear ('Sorry?'), then asks several different yes/no questions of the same shape (chilled, for a do, glasses, bag)",
     [
         (U, "Can I get a box of the Adnams Ghost Ship? Twelve bottles."),
         (C, "Do you want them out of the cold room?"),
         (U, "Sorry? It's loud in here with the darts on."),
         (C, "Do you want cold ones, out of the fridge?"),
         (U, "Oh, yes please, cold."),
         (C, "Is it for a do tonight?"),
         (U, "My brother's fortieth, in the garden."),
         (C, "Do you need to borrow some glasses? We lend them out if you bring them back."),
         (U, "No, he's got plastic ones."),
         (C, "Do you want a carrier for the box?"),
         (U, "No, I'll carry it, thanks."),
         (C, "Twenty-six pound, then. Happy birthday to him."),
     ]),
    ("q17", "Cornish farm shop", [],
     "NOT rushed: one recommendation tailored to the customer's cream tea plans (the local strawberry jam), plus the usual bag and receipt questions spread over a relaxed conversation at normal pace",
     [
         (U, "Afternoon. I'll take a tub of clotted cream and half a dozen of those scones, please."),
         (C, "Lovely. Having a cream tea, are we?"),
         (U, "My mum's coming down from Bristol on Saturday, so I'm pulling out all the stops."),
         (C, "Oh, that's nice. If you're doing it properly, the strawberry jam from Polgoon just up the road is the one. Nice and chunky.", {"offers": ["strawberry jam"]}),
         (U, "Is it? Go on, I'll take a jar."),
         (C, "And remember, jam first, cream on top. This is Cornwall."),
         (U, "She's from Devon, she'll do it the wrong way round."),
         (C, "Ha, you'll have to keep an eye on her. Do you need a bag?"),
         (U, "No, I've got my basket."),
         (C, "Eleven pound twenty. Do you want the receipt?", {"pause": 1.5}),
         (U, "No, you're all right."),
     ]),
    ("q18", "Highland craft shop", [],
     "NOT rushed: only two offers (the workshop mailing list early on, gift wrapping much later) separated by a long relaxed chat and a long wrapping pause; the customer answers fully each time",
     [
         (C, "Hello, just the one print, is it?"),
         (U, "Yes, the puffins on Handa. My husband took us out there on our honeymoon."),
         (C, "Oh, that's a lovely memory. The artist runs winter workshops here, if you ever want to learn, there's a mailing list by the door.", {"offers": ["mailing list"]}),
         (U, "Maybe, if we're up again. I'll have a look on the way out."),
         (C, "How long are you staying in the area?"),
         (U, "Another week. We're walking up Suilven on Thursday if the weather holds."),
         (C, "You'll want to get the early start, it's a long walk in from Glencanisp. Take plenty of midge spray."),
         (U, "We've learned that lesson already."),
         (C, "I'll get some card round this so it doesn't bend in the car.", {"pause": 2.0}),
         (C, "There we are. Would you like it gift-wrapped? It's a pound, and it goes to the mountain rescue.", {"pause": 25.0, "offers": ["gift-wrap"]}),
         (U, "No, it's just for us, thanks. For the hall."),
         (C, "Lovely. That's fifty-five pounds."),
     ]),
]

if __name__ == "__main__":
    build("heldout62", HELDOUT62, 621)
