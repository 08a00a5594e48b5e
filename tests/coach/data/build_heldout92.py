# ruff: noqa: E501
"""Build the coach's held-out set 92: written BLIND by writer-92 BEFORE reading the engine, its lexicons or the other held-out sets (only build_heldout678.py's helpers were read, for the format, and build_heldout31.py as a file skeleton).

Imagined authors and settings (recogniser style: lower case, no punctuation, no
apostrophes, numbers as words): health-care counters in the UK and Ireland: a
hospital shop run by the league of friends, a community pharmacy (England, Wales,
Northern Ireland and Dublin voices), a GP surgery reception, a care-home tuck shop
in Scotland, a dental practice front desk in Dublin and a hospice charity shop.

Mix, aimed at PRECISION (a false nudge costs more than a miss):
  4 gossip             a patient's diagnosis told to the next customer, a nurse's
                       affair with a consultant, a resident's family fighting over
                       the will, the cashier's own husband's drinking.
  4 repeated_question  date of birth (twice), which ward they are visiting, whether
                       they have been to the practice before; each asked again in
                       other words after a clear answer.
  3 rushed_upsell      get-well card, raffle, loyalty card, flu-jab booking,
                       vitamin offer, newsletter, round-up; fired with R / RR pace.
  7 unlabelled         hard near-misses: warm chat about the customer's family and
                       the cashier's harmless day; a colleague praised for a product
                       and the manager named only for a rule; a customer who gossips
                       while the receptionist deflects; an order read back; a
                       "sorry" re-ask plus different questions of the same shape;
                       one tailored recommendation with bag and receipt questions;
                       two offers far apart in a relaxed visit (long "pause").
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT92 = [
    # ---------------------------------------------------------------- gossip
    ("q01", "hospital shop", ["gossip"],
     "cashier tells the next customer the previous customer's cancer diagnosis, ward and prognosis",
     [
         (C, "hiya just the paper and the water is it"),
         (U, "yes please and a packet of mints"),
         (C, "did you see the old gentleman who was in just before you buying the lucozade"),
         (U, "the one with the walking frame"),
         (C, "thats him mister dawson off ward nine they told him yesterday its cancer in his bowel and its spread so hes not got long poor soul"),
         (U, "oh gosh i dont think you should be telling me that"),
         (C, "no i know but the whole ward knows anyway thats three pounds forty"),
         (U, "card please"),
         (C, "lovely there you go"),
     ]),
    ("q02", "hospital shop", ["gossip"],
     "cashier spreads a rumour about a staff nurse's affair with a married consultant",
     [
         (U, "can i get a flat white please"),
         (C, "course anything else with it"),
         (U, "and one of the flapjacks"),
         (C, "you work up on maternity dont you"),
         (U, "yeah on the day unit"),
         (C, "then you must know about staff nurse kelly and mister harrington the consultant theyve been carrying on for months she was seen getting out of his car in the multi storey and his wife has no idea"),
         (U, "i really wouldnt know"),
         (C, "honestly the whole canteen is talking about it thats four twenty five"),
         (U, "ill tap"),
         (C, "thanks see you tomorrow"),
     ]),
    ("q03", "care-home tuck shop", ["gossip"],
     "tuck-shop volunteer tells a visitor about another resident's sons fighting over his will",
     [
         (U, "hiya can i get a quarter of pan drops and a tube of polos for my mum in room twelve"),
         (C, "nae bother shes a lovely wee woman your mum"),
         (U, "aw she is shes settled in well"),
         (C, "better than poor mister reid along the corridor his two sons were in here on sunday shouting at each other over his will"),
         (U, "oh dear"),
         (C, "the older one thinks the younger one got him to sign the house over and the daughter in law was greeting in the lounge the staff had to ask them all to leave"),
         (U, "right i just need the sweets really"),
         (C, "sorry hen thats two pound fifteen"),
         (U, "heres three"),
         (C, "eighty five pence change"),
     ]),
    ("q04", "community pharmacy (Dublin)", ["gossip"],
     "counter assistant overshares her own private drama: her husband's nightly drinking and whether to leave him",
     [
         (C, "hello there are you collecting"),
         (U, "i am for bridget brennan"),
         (C, "grand give me one second"),
         (C, "here we are now two items", {"pause": 4.0}),
         (U, "thanks"),
         (C, "sorry if im all over the place today i was up half the night"),
         (U, "ah no are you alright"),
         (C, "its himself the husband he came in at three oclock locked again hes had the drink taken every night since christmas and i found the empty bottles hid in the shed"),
         (U, "oh thats hard"),
         (C, "sure its a nightmare i dont know will i leave him at this stage anyway thats eight euro fifty for the two"),
         (U, "there you go"),
         (C, "thanks now mind yourself"),
     ]),
    # ----------------------------------------------------- repeated_question
    ("q05", "GP surgery reception", ["repeated_question"],
     "receptionist asks for the birthday again after the date of birth was given clearly and the patient was already found",
     [
         (U, "hi ive got an appointment at ten past eleven with doctor shah"),
         (C, "morning can i take your date of birth please"),
         (U, "its the fourteenth of march nineteen sixty eight"),
         (C, "and the first line of your address"),
         (U, "twenty two cherry tree road"),
         (C, "lovely thats found you youre checked in hes running about ten minutes behind"),
         (U, "thats fine"),
         (C, "can i just get your birthday off you"),
         (U, "fourteenth of march sixty eight like i said"),
         (C, "perfect take a seat in the waiting area and hell call you through"),
     ]),
    ("q06", "hospital shop", ["repeated_question"],
     "cashier asks which ward the customer is going up to after he already said ward fourteen, the cardiac ward",
     [
         (C, "hello there"),
         (U, "hiya just these grapes and this magazine and a bottle of squash"),
         (C, "visiting someone are you"),
         (U, "yeah my dad hes up on ward fourteen the cardiac ward"),
         (C, "oh theyre lovely up there the nurses"),
         (U, "they have been brilliant he had a stent put in on tuesday"),
         (C, "ah well hes in good hands thats six pounds ten"),
         (U, "card please"),
         (C, "so which ward is it youre going up to"),
         (U, "fourteen the heart one"),
         (C, "oh right you want the blue lift then"),
     ]),
    ("q07", "dental practice front desk (Dublin)", ["repeated_question"],
     "receptionist asks whether she has visited the practice before after the patient clearly said it is her first time",
     [
         (C, "good afternoon have you been to us before"),
         (U, "no this is my first time i only moved to the area last month"),
         (C, "welcome so could i take your name"),
         (U, "its aoife gallagher"),
         (C, "and is it an appointment today or are you registering"),
         (U, "ive an appointment at half two with the hygienist"),
         (C, "grand i have you here now have you ever attended the practice before at all"),
         (U, "no like i said its my first time"),
         (C, "okay so ill need you to fill in this medical history form"),
         (U, "no problem"),
         (C, "bring it back up to me when youre done"),
     ]),
    ("q08", "community pharmacy (Wales)", ["repeated_question"],
     "assistant asks for the husband's birthday again after his date of birth was given and the prescription found",
     [
         (C, "afternoon what can i do for you"),
         (U, "hiya im picking up a prescription for my husband gareth price"),
         (C, "and whats his date of birth"),
         (U, "second of july nineteen fifty five"),
         (C, "thanks bear with me"),
         (C, "found it its just the one item the brown inhaler", {"pause": 5.0}),
         (U, "lovely"),
         (C, "and when is his birthday love"),
         (U, "the second of july fifty five"),
         (C, "right thats you sorted no charge of course"),
         (U, "thanks very much"),
     ]),
    # --------------------------------------------------------- rushed_upsell
    ("q09", "hospital shop", ["rushed_upsell"],
     "get-well card, children's ward raffle, loyalty card and vitamin offer fired off in seconds over a bottle of water",
     [
         (U, "just this bottle of water please"),
         (C, "would you like a get well card with that theyre two for three today", RR),
         (U, "no im alright", R),
         (C, "were doing a raffle for the childrens ward tickets are a pound", R),
         (U, "erm no", R),
         (C, "have you got our friends loyalty card you get a stamp every visit", R),
         (U, "no", R),
         (C, "and the multivitamins are half price this week great for visitors", R),
         (U, "just the water please", R),
         (C, "ninety five pence then", R),
     ]),
    ("q10", "community pharmacy (Northern Ireland)", ["rushed_upsell"],
     "flu-jab booking, vitamin d offer, loyalty card and newsletter email fired at a customer buying paracetamol",
     [
         (U, "can i get a box of paracetamol please"),
         (C, "sure have you had your flu jab yet we can book you in this week", RR),
         (U, "um not yet", R),
         (C, "and the vitamin d is buy one get one free do you want a tub", R),
         (U, "no", R),
         (C, "do you have our loyalty card you could sign up now", R),
         (U, "i", R),
         (C, "and can i take your email for our newsletter its got all the offers", R),
         (U, "no just the paracetamol", R),
         (C, "no bother that is one pound ten", R),
     ]),
    ("q11", "hospice charity shop", ["rushed_upsell"],
     "raffle, gift aid, loyalty card plus newsletter and a round-up donation fired off over one jumper",
     [
         (U, "hiya can i get this jumper please"),
         (C, "course would you like a raffle ticket for the hospice its a pound a strip", RR),
         (U, "oh no thanks", R),
         (C, "are you a taxpayer can we sign you up for gift aid today", R),
         (U, "um", R),
         (C, "and have you got our loyalty card and do you want our newsletter by email", R),
         (U, "i just want the jumper", R),
         (C, "and would you like to round it up for the hospice", R),
         (U, "no", R),
         (C, "thats four fifty then", R),
     ]),
    # ------------------------------------------------- unlabelled near-misses
    ("q12", "care-home tuck shop", [],
     "NOT gossip: warm chat about the visitor's grandad's ninetieth, her sister coming home, and the cashier's nice walk in",
     [
         (C, "hiya back again to see your grandad"),
         (U, "yeah every sunday hes ninety next week so were planning a wee party in the lounge"),
         (C, "oh thats brilliant is the whole family coming"),
         (U, "most of them my sister is flying back from canada with the kids"),
         (C, "aw hell be over the moon ninety is some age"),
         (U, "i know were getting a cake made with his old football team on it"),
         (C, "thatll make his day ive had a lovely morning myself the sun was out for my walk in and the garden here looks gorgeous"),
         (U, "it does the daffodils are all out"),
         (C, "so thats the lemonade and the shortbread three pounds twenty"),
         (U, "here you go"),
         (C, "thanks have a lovely visit and tell him happy birthday from me"),
     ]),
    ("q13", "community pharmacy (England)", [],
     "NOT gossip: the pharmacist praised for hay fever advice, the manager named only for the paracetamol limit rule",
     [
         (U, "hi can i get something for hay fever its driving me mad"),
         (C, "sure have you tried anything before"),
         (U, "just the cheap tablets from the supermarket and they dont touch it"),
         (C, "sinead our pharmacist is brilliant on hay fever shell know if a nasal spray would suit you better ill just ask her"),
         (U, "thanks"),
         (C, "right sinead says the steroid spray with a one a day tablet is the best combination for you", {"pause": 20.0}),
         (U, "great ill take both and three packs of paracetamol as well"),
         (C, "sorry i can only do two packs of paracetamol in one go mister walsh our manager is very strict on that"),
         (U, "oh fair enough two is fine"),
         (C, "thats fourteen pounds eighty altogether"),
         (U, "card"),
         (C, "there you go hope it settles down for you"),
     ]),
    ("q14", "GP surgery reception (Ireland)", [],
     "NOT gossip: the PATIENT gossips about a neighbour's marriage and son while the receptionist deflects every time",
     [
         (U, "morning im here for my bloods at nine"),
         (C, "morning whats the name please"),
         (U, "patricia doyle"),
         (C, "thanks patricia youre checked in"),
         (U, "here was that the fella from number six i saw going out youll never guess his wife left him for the postman"),
         (C, "oh i wouldnt know anything about that"),
         (U, "and they say hes been drinking ever since and the son is in trouble with the guards"),
         (C, "i really couldnt say take a seat there and the nurse will call you"),
         (U, "go on you must hear everything in here"),
         (C, "honestly we keep our heads down the nurse wont be long"),
         (U, "ah youre no fun"),
         (C, "ha have a seat there now"),
     ]),
    ("q15", "hospital shop", [],
     "NOT repeated_question: a ward's drinks order read back to confirm it, then one amendment confirmed",
     [
         (U, "hiya can i get an order for the nurses on ward six please"),
         (C, "course go on"),
         (U, "three flat whites two teas one with no milk a hot chocolate and four of the cheese scones"),
         (C, "right let me read that back three flat whites two teas one without milk one hot chocolate and four cheese scones is that right"),
         (U, "yes thats it oh and can the hot chocolate be with oat milk"),
         (C, "no problem oat milk on the hot chocolate"),
         (U, "perfect"),
         (C, "thatll be nineteen pounds forty do you want a carrier for them"),
         (U, "yes please"),
         (C, "there you go careful the teas are hot"),
     ]),
    ("q16", "dental practice front desk", [],
     "NOT repeated_question: date of birth asked again only after the patient says sorry; surname, first name, dentist and treatment are different questions of the same shape",
     [
         (C, "hiya are you checking in"),
         (U, "yes for half three"),
         (C, "whats your surname please"),
         (U, "okonkwo"),
         (C, "and whats your first name"),
         (U, "chidi"),
         (C, "whats your date of birth for me"),
         (U, "sorry"),
         (C, "your date of birth"),
         (U, "oh the ninth of november eighty nine"),
         (C, "lovely which dentist are you seeing today"),
         (U, "miss campbell"),
         (C, "and which treatment is it the check up or the filling"),
         (U, "the filling"),
     ]),
    ("q17", "dental practice front desk (Dublin)", [],
     "NOT rushed_upsell: one recommendation tailored to the patient's new bridge, then the usual bag and receipt questions spread out",
     [
         (C, "all done with mister byrne then"),
         (U, "i am yeah he put the bridge in so my face is a bit numb"),
         (C, "ah youll be grand in an hour or so did he tell you to pick anything up"),
         (U, "he said i need something for cleaning under it but i cant remember what"),
         (C, "for a bridge the superfloss is the one most people get on with it has a stiff end you thread under the tooth"),
         (U, "sure ill take that"),
         (C, "so thats the fifty five euro for today plus four fifty for the floss"),
         (U, "card please"),
         (C, "would you like a little bag for that", {"pause": 4.0}),
         (U, "no its fine ill put it in my pocket"),
         (C, "and do you want the receipt"),
         (U, "yes please for the health insurance"),
         (C, "there you go mind yourself"),
     ]),
    ("q18", "hospice charity shop", [],
     "NOT rushed_upsell: half-price rail mentioned on arrival, tombola tickets offered at the till after a long browse and friendly chat",
     [
         (U, "hello just having a browse"),
         (C, "morning take your time the new stock went out this morning and theres a half price rail by the changing room"),
         (U, "oh lovely"),
         (U, "i found this lamp is it working", {"pause": 45.0}),
         (C, "it is we test all the electricals out the back"),
         (U, "my daughter is moving into her first flat in leeds so its for her"),
         (C, "aw how exciting is she nervous"),
         (U, "a bit shes starting her nursing degree in september"),
         (C, "good for her we need more nurses thats six pounds for the lamp"),
         (U, "there you go"),
         (C, "and if you fancy it were selling tickets for the summer fair tombola a pound each all for the hospice", {"pause": 3.0}),
         (U, "go on ill have two"),
         (C, "thanks youre a star good luck to your daughter"),
     ]),
]


def _check(conversations):
    ids = [c[0] for c in conversations]
    assert ids == [f"q{i:02d}" for i in range(1, 19)], ids
    for cid, _shop, _kinds, _why, turns in conversations:
        assert 6 <= len(turns) <= 14, (cid, len(turns))
        for turn in turns:
            text = turn[1]
            assert text == text.lower() and all(ch.isalpha() or ch == " " for ch in text), (cid, text)


if __name__ == "__main__":
    _check(HELDOUT92)
    build("heldout92", HELDOUT92, 921)
