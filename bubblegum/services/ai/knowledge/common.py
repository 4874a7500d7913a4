"""Copy shared by many business types."""

# Sample reviews: the role line always says it is a sample, so nobody publishes it as real.
SAMPLE_NOTE = "Sample review – replace with a real one"
SAMPLE_NAMES = ["Priya S.", "Tom B.", "Ana L.", "Daniel K.", "Grace O.", "Marco R.", "Hannah W.", "Sam T.", "Leila M.", "Owen P."]
TESTIMONIALS = {
    "food": ["Everything we ordered was delicious, and the staff made us feel like regulars on our first visit.",
             "The best {noun} in the area. Fresh, generous and always consistent.",
             "We come back every week. Friendly faces, great food and fair prices."],
    "health": ["I was nervous before my first visit, but everyone was calm, kind and explained everything.",
               "Appointments run on time and I always leave knowing exactly what happens next.",
               "Genuinely caring people. I recommend them to everyone I know."],
    "fitness": ["I've never stuck with training this long. The coaches make every session fun.",
                "Stronger, fitter and more confident after three months. Best decision I made this year.",
                "Welcoming for beginners without ever feeling easy. I love it here."],
    "beauty": ["I left feeling amazing. They listened to exactly what I wanted.",
               "Relaxed, professional and the results last. I won't go anywhere else.",
               "Lovely atmosphere and a real eye for detail."],
    "professional": ["Clear advice, quick replies and no jargon. Exactly what we needed.",
                     "They took a complicated problem off our hands and solved it quickly.",
                     "Professional, friendly and worth every penny."],
    "trades": ["Turned up on time, explained everything and left the place spotless.",
               "Clear quote, no surprises, and the finish is beautiful.",
               "Friendly, fast and fairly priced. We've already recommended them to friends."],
    "property": ["They found us the right home and made the whole process painless.",
                 "Honest valuation, great photos and a sale agreed within weeks.",
                 "Always reachable and genuinely helpful from start to finish."],
    "hospitality": ["Beautiful room, wonderful breakfast and the warmest welcome.",
                    "Spotless, quiet and perfectly located. We'll be back.",
                    "The hosts thought of everything. A truly restful stay."],
    "creative": ["Working with them was easy and the results went beyond what we imagined.",
                 "Talented, organised and a joy to work with.",
                 "They understood exactly what we wanted and delivered it beautifully."],
    "education": ["Our daughter's confidence has grown so much. Thank you!",
                  "Clear, patient teaching and real progress every week.",
                  "The best learning decision we have made."],
    "community": ["A warm, welcoming community that made us feel at home.",
                  "They make a real difference to people who need it most.",
                  "Volunteering here has been one of the best things I've done."],
    "tech": ["We set it up in an afternoon and saved hours in the first week.",
             "Fast, simple and the support team is brilliant.",
             "Finally a tool the whole team actually enjoys using."],
    "retail": ["Beautiful quality and it arrived so quickly.",
               "Gorgeous packaging and even better products. My go-to for gifts.",
               "Great customer service when I needed to swap a size."],
    "media": ["My favourite listen of the week, every week.",
              "Thoughtful, funny and always leaves me with something to think about.",
              "I recommend it to everyone I know."],
    "shopping": ["My favourite shop in town. Always something new, and the staff really know their stuff.",
                 "They ordered in exactly what I was after and rang me the day it arrived.",
                 "Lovely shop, fair prices and the friendliest welcome. I never leave empty-handed."],
    "services": ["Friendly, quick to reply and genuinely helpful. Exactly what you hope for when you pick up the phone.",
                 "They took the time to understand what I needed and got it right first time.",
                 "Fair prices, lovely people and no fuss. I've already recommended them to friends."],
    "cycling": ["My bike hasn't felt this good since the day I bought it. Quick, fair and friendly.",
                "They fixed my puncture while I waited and never tried to sell me something I didn't need.",
                "Honest advice, a proper fitting and a bike I love riding every day."],
    "repairs": ["Fixed while I had a coffee, and for less than I expected.",
                "They told me honestly what was worth repairing and what wasn't. Refreshing.",
                "Looks and works like new. I'll never throw anything away again without asking them first."],
    "pets": ["Our dog goes wild with excitement when his walker arrives. We couldn't ask for better.",
             "The photo updates while we were away made all the difference, and the cats were so relaxed.",
             "Reliable, kind and clearly in love with animals. We trust them completely."],
    "leisure": ["The highlight of our whole trip. Our host was funny, knowledgeable and so welcoming.",
                "Brilliantly organised from booking to the very end. We've already booked again.",
                "A perfect day out for the whole family. The kids are still talking about it."],
}

GENERIC_STEPS = [("Get in touch", "Call, message or fill in the short form; we reply within one working day."),
                 ("Talk it through", "We listen, answer your questions and suggest the best option for you."),
                 ("Enjoy the result", "We take care of the details so you can relax.")]

PAGE_TITLES = {"home": "Home", "about": "About", "services": "Services", "menu": "Menu", "pricing": "Pricing",
               "gallery": "Gallery", "team": "Team", "contact": "Contact", "faq": "FAQ", "features": "Features"}
FALLBACK_PAGES = ["about", "contact", "faq", "services", "gallery", "team"]

TEAM_NAMES = ["Alex Morgan", "Jordan Lee", "Sam Rivera", "Taylor Brooks", "Casey Patel", "Robin Clarke"]
TEAM_NOTE = "Sample profile – replace with your own team."
