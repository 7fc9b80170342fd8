"""Common English given names and their usual gender, for names the PolNeAR-learned table lacks.

The learned table (``attribute/data/names_gender.json``) holds the ~230 first names of US political news;
celebrity and world news use many more.  This is a hand-written list of frequent given names whose
usage is overwhelmingly one gender (unisex names such as Alex, Jordan or Taylor are left out or kept
with their majority use only where it is very lopsided).  Pronoun agreement in the article still
outweighs it: a name's table vote is worth two pronouns.
"""

from __future__ import annotations

FEMALE = frozenset({
    "Abigail", "Ada", "Adriana", "Agnes", "Aisha", "Alexandra", "Alexis", "Alice", "Alicia", "Alison",
    "Allison", "Alyssa", "Amanda", "Amber", "Amelia", "Amy", "Ana", "Andrea", "Angela", "Angelina", "Anita",
    "Ann", "Anna", "Anne", "Annie", "Ariana", "Ashley", "Audrey", "Ava", "Barbara", "Beatrice", "Becky",
    "Belinda", "Bella", "Beth", "Bethany", "Betty", "Beverly", "Bianca", "Bonnie", "Brenda", "Bridget",
    "Brittany", "Brooke", "Caitlin", "Camila", "Carla", "Carmen", "Carol", "Caroline", "Carolyn", "Cassandra",
    "Catherine", "Cecilia", "Charlotte", "Chelsea", "Cheryl", "Chloe", "Christina", "Christine", "Cindy",
    "Claire", "Clara", "Claudia", "Colleen", "Courtney", "Cynthia", "Daisy", "Danielle", "Daphne",
    "Deborah", "Debra", "Demi", "Denise", "Diana", "Diane", "Dolly", "Donna", "Doris", "Dorothy", "Edith",
    "Eleanor", "Elena", "Elizabeth", "Ella", "Ellen", "Eloise", "Emily", "Emma", "Erica", "Erin", "Esther",
    "Eva", "Evelyn", "Fiona", "Florence", "Frances", "Gabriela", "Gabrielle", "Gemma", "Georgia", "Gina",
    "Giselle", "Gloria", "Grace", "Gwen", "Gwyneth", "Hailey", "Hannah", "Harriet", "Hayley", "Heather",
    "Heidi", "Helen", "Hillary", "Holly", "Ida", "Irene", "Iris", "Isabel", "Isabella", "Ivy", "Jacqueline",
    "Jane", "Janet", "Janice", "Jasmine", "Jenna", "Jennifer", "Jessica", "Jill", "Joan", "Joanna",
    "Jocelyn", "Josephine", "Joy", "Joyce", "Judith", "Judy", "Julia", "Julie", "Juliet", "Karen", "Kate",
    "Katherine", "Kathleen", "Kathryn", "Katie", "Katy", "Kayla", "Kelly", "Kendall", "Khloe",
    "Kimberly", "Kourtney", "Kristen", "Kylie", "Laura", "Lauren", "Leah", "Lily", "Linda",
    "Lindsay", "Lisa", "Lorraine", "Louise", "Lucy", "Lydia", "Lynn", "Madison", "Madonna", "Maggie", "Mandy",
    "Margaret", "Maria", "Mariah", "Marie", "Marilyn", "Marina", "Martha", "Mary", "Megan", "Meghan",
    "Melanie", "Melissa", "Meryl", "Mia", "Michelle", "Miley", "Miranda", "Molly", "Monica", "Nancy", "Naomi",
    "Natalie", "Natasha", "Nicole", "Nina", "Nora", "Olivia", "Paige", "Pamela", "Patricia", "Paula",
    "Penelope", "Phoebe", "Priscilla", "Rachel", "Rebecca", "Renee", "Rhonda", "Rihanna", "Rita", "Roberta",
    "Rose", "Rosie", "Ruby", "Ruth", "Sabrina", "Sally", "Samantha", "Sandra", "Sara", "Sarah", "Scarlett",
    "Selena", "Serena", "Shakira", "Sharon", "Sheila", "Shirley", "Sienna", "Sofia", "Sophia", "Sophie",
    "Stacy", "Stella", "Stephanie", "Susan", "Suzanne", "Sylvia", "Tamara", "Tanya", "Teresa", "Tiffany",
    "Tina", "Tracy", "Valerie", "Vanessa", "Veronica", "Victoria", "Violet", "Virginia", "Wendy", "Whitney",
    "Yolanda", "Zoe", "Zoey",
})
MALE = frozenset({
    "Aaron", "Adam", "Adrian", "Alan", "Albert", "Alex", "Alexander", "Alfred", "Andre", "Andrew", "Andy",
    "Anthony", "Antonio", "Arnold", "Arthur", "Austin", "Barry", "Ben", "Benjamin", "Bernard", "Bill", "Billy",
    "Blake", "Bob", "Bobby", "Brad", "Bradley", "Brandon", "Brendan", "Brian", "Bruce", "Bruno", "Bryan",
    "Caleb", "Calvin", "Cameron", "Carl", "Carlos", "Chad", "Charles", "Charlie", "Chris", "Christian",
    "Christopher", "Clint", "Cody", "Colin", "Conor", "Craig", "Dan", "Daniel", "Danny", "Darren", "Dave",
    "David", "Dean", "Dennis", "Derek", "Diego", "Dominic", "Don", "Donald", "Doug", "Douglas", "Drake",
    "Dustin", "Dwayne", "Dylan", "Eddie", "Edward", "Eli", "Elijah", "Elton", "Elvis", "Emmanuel", "Eric",
    "Ethan", "Eugene", "Evan", "Frank", "Frankie", "Fred", "Frederick", "Gabriel", "Gary", "Gavin", "George",
    "Gerald", "Glenn", "Gordon", "Graham", "Grant", "Greg", "Gregory", "Hank", "Harold", "Harrison", "Harry",
    "Harvey", "Hector", "Henry", "Hugh", "Hugo", "Ian", "Isaac", "Ivan", "Jack", "Jackson", "Jacob", "Jake",
    "Jared", "Jason", "Jay", "Jeff", "Jeffrey", "Jeremy", "Jerry", "Jesse", "Jim", "Jimmy", "Joe", "Joel",
    "John", "Johnny", "Jon", "Jonathan", "Jorge", "Jose", "Joseph", "Josh", "Joshua", "Juan",
    "Justin", "Kanye", "Keith", "Ken", "Kenneth", "Kenny", "Kieran", "Kyle", "Lance", "Larry", "Lawrence",
    "Leo", "Leon", "Leonard", "Liam", "Logan", "Louis", "Lucas", "Luis", "Luke", "Malcolm", "Marco", "Mario",
    "Mark", "Martin", "Mason", "Matt", "Matthew", "Max", "Michael", "Mick", "Miguel", "Mike", "Mitchell",
    "Nathan", "Neil", "Nicholas", "Nick", "Noah", "Oliver", "Owen", "Patrick", "Paul", "Pedro", "Pete",
    "Peter", "Phil", "Philip", "Ralph", "Randy", "Raymond", "Ricardo", "Richard", "Rick", "Ricky", "Rob",
    "Robert", "Roberto", "Rod", "Roger", "Ronald", "Ross", "Roy", "Russell", "Ryan", "Samuel",
    "Scott", "Sebastian", "Seth", "Shane", "Shawn", "Simon", "Stanley", "Stephen", "Steve", "Steven", "Stuart",
    "Ted", "Terry", "Thomas", "Tim", "Timothy", "Toby", "Todd", "Tom", "Tommy", "Tony", "Travis", "Trevor",
    "Tyler", "Victor", "Vincent", "Wayne", "Wesley", "Will", "William", "Zach", "Zachary",
})


# British, Irish, European, South Asian, African and Latin names that celebrity and UK news use often
# (written from general knowledge; names that occur in the eval sets are deliberately left out).
MORE_FEMALE = frozenset({
    "Aditi", "Aoife", "Amara", "Anika", "Ananya", "Astrid", "Beatriz", "Bronwen", "Ciara",
    "Deepa", "Eilidh", "Eleni", "Elif", "Esme", "Gita", "Greta", "Imogen",
    "Isla", "Kavya", "Keira", "Layla", "Lucia", "Maeve", "Mairead",
    "Margot", "Meera", "Mirela", "Niamh", "Nisha", "Oksana", "Orla",
    "Pooja", "Saoirse", "Siobhan", "Sunita", "Ulla",
    "Yasmin", "Zainab", "Zuzanna", "Agnieszka", "Katarzyna", "Ngozi", "Chioma", "Adaeze", "Thandiwe",
    "Ximena", "Valentina", "Camille", "Chiara", "Francesca", "Giulia", "Mathilde", "Sigrid",
})
MORE_MALE = frozenset({
    "Alistair", "Angus", "Arjun", "Ciaran", "Cormac", "Dmitri",
    "Eamon", "Emeka", "Euan", "Fergus", "Finn", "Giles", "Hamish", "Hans", "Idris", "Ifan",
    "Jurgen", "Jürgen", "Kwame", "Lars", "Lorenzo", "Magnus", "Mateo", "Matteo", "Mehmet", "Niall", "Nikolai",
    "Oisin", "Olaf", "Omar", "Piotr", "Rafael", "Rahul", "Rajesh", "Rufus", "Sanjay",
    "Seamus", "Sven", "Vikram", "Wojciech", "Hamza",
    "Chidi", "Tunde", "Emil", "Anders", "Henrik", "Jens", "Ruairi", "Dafydd", "Gethin", "Ewan", "Angelo",
})


def given_name_gender(word: str) -> str | None:
    """"female" / "male" for a common given name, else None."""
    if word in FEMALE or word in MORE_FEMALE:
        return "female"
    if word in MALE or word in MORE_MALE:
        return "male"
    return None


def known_given_name(word: str) -> bool:
    """A first name with a gender in the PolNeAR-learned table or in the lists above."""
    from ..attribute.lexicon import name_genders  # (kept local: this module is plain data otherwise)

    return word in name_genders() or given_name_gender(word) is not None
