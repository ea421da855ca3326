from migtl.cli import main

main()
