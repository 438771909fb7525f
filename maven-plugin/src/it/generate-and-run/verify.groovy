// The build generated the API, compiled it with -Xlint:all -Werror, and ran OrdersTest.
def log = new File(basedir, 'build.log').text
assert log.contains('tablesmith: the Java API of 1 model: ')
assert new File(basedir, 'target/generated-sources/tablesmith/com/example/orders/data/OrdersTable.java').isFile()
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')
