import urllib.request
response = urllib.request.urlopen('regression.csv')
