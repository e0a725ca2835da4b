# Derives the PrimeFaces theme "smm" (src/main/webapp/resources/primefaces-smm/theme.css) from
# PrimeFaces 15's Saga (META-INF/resources/primefaces-saga-blue/theme.css in the primefaces jar):
# the app's green instead of Saga's blue #2196f3, which has 3.1:1 against white (WCAG AA asks
# 4.5:1), and a darker secondary grey for text on light grey. Run again after a PrimeFaces upgrade:
#   unzip -p primefaces-<v>-jakarta.jar META-INF/resources/primefaces-saga-blue/theme.css \
#     | sed -E -f src/main/theme-smm.sed > src/main/webapp/resources/primefaces-smm/theme.css
s/#2196[fF]3/#0b6e4f/g
s/rgb\(12\.7384615385, ?136\.9384615385, ?235\.6615384615\)/#095c42/g
s/rgb\(11\.3230769231, ?121\.7230769231, ?209\.4769230769\)/#074a35/g
s/rgb\(166\.2, ?213, ?250\.2\)/#9fcbbb/g
s/#e3f2fd/#e2f1eb/g
s/rgba\(33, ?150, ?243,/rgba(11,110,79,/g
s/#6c757d/#5a6570/g
s/#607d8b/#546e7a/g
s/#0288d1/#01579b/g
s/#689f38/#4a7a22/g
