del nothing
