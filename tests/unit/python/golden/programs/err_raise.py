raise ValueError("custom message")
