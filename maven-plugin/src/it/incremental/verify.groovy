// Five builds in one log, in order (see pom.xml): what tablesmith wrote, kept and deleted in each.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Building incremental 1.0/).drop(1)
assert builds.size() == 5
builds.each { assert it.contains('BUILD SUCCESS') }
def files = { String build, String verb ->
  (build =~ /\[INFO\]   ${verb} (\S+)/).collect { it[1] }.sort()
}

// v1: everything is new.
assert builds[0].contains('tablesmith: the Java API of 2 models: 21 files, 21 written, 0 unchanged, 0 deleted')

// v1 again: nothing is written, so the compiler has nothing to do.
assert builds[1].contains('tablesmith: the Java API of 2 models: up to date')
assert builds[1].contains('Nothing to compile - all classes are up to date')

// v2 adds an attribute to Order: only Order's files are written.
assert builds[2].contains('tablesmith: the Java API of 2 models: 21 files, 3 written, 18 unchanged, 0 deleted')
def shop = 'target/generated-sources/tablesmith/com/example/shop/'
assert files(builds[2], 'wrote') == ['Order', 'OrderCodec', 'OrderUpdate'].collect { shop + it + '.java' }

// v3 removes Inventory: its files are deleted; the table, transaction and router that named it are rewritten.
assert builds[3].contains('tablesmith: the Java API of 2 models: 16 files, 3 written, 13 unchanged, 5 deleted')
assert files(builds[3], 'deleted') == ['Inventory', 'InventoryCodec', 'InventoryKey', 'InventoryOperations',
    'InventoryUpdate'].collect { shop + it + '.java' }
assert files(builds[3], 'wrote') == ['ShopStreamRouter', 'ShopTable', 'ShopTransaction'].collect { shop + it + '.java' }

// v4 removes the Extra model: its files and its package folder are gone.
assert builds[4].contains('tablesmith: the Java API of 1 model: 8 files, 0 written, 8 unchanged, 8 deleted')
assert !new File(basedir, 'target/generated-sources/tablesmith/com/example/extra').exists()
assert !new File(basedir, shop + 'Inventory.java').exists()
assert new File(basedir, shop + 'Order.java').text.contains('note')
