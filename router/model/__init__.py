"""A small linear text model (multinomial logistic regression over word TF-IDF), trained on the
labelled corpus and shipped as JSON weights; inference is pure Python, no ML runtime needed."""
